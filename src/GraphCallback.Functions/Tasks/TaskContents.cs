using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Users;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Tasks;

/// <summary>What a follow-up's task should say: in full, with the availability line, or only its fingerprint, which needs no free/busy read.</summary>
public sealed class TaskContents(TaskAvailability availability, IOptions<TaskOptions> options)
{
    public async Task<TaskContent> ForAsync(UserKey user, TimeZoneInfo zone, FollowUp followUp, CancellationToken cancellationToken)
    {
        var line = await availability.LineAsync(user, cancellationToken).ConfigureAwait(false);
        return TaskPlan.For(followUp, zone, line, options.Value.RemindBefore);
    }

    /// <summary>The fingerprint leaves out the availability line, so an unchanged task costs no free/busy read either.</summary>
    public string FingerprintOf(FollowUp followUp, TimeZoneInfo zone) => TaskPlan.For(followUp, zone, string.Empty, options.Value.RemindBefore).Fingerprint;
}
