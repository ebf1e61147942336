using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Storage;

namespace GraphCallback.Functions.Sync;

/// <summary>
/// Asks for a user's Graph objects to be brought in line after their follow-ups changed. Sent
/// after the table write: if the process dies in between, the caller's own retry (the
/// notification's redelivery, the user's repeated click) ingests idempotently and asks again.
/// </summary>
public sealed class SyncRequests(WorkQueues queues)
{
    public async Task RequestAsync(UserKey user, IEnumerable<FollowUpId> changed, CancellationToken cancellationToken)
    {
        var work = new SyncWork(user.PartitionKey, [.. changed.Select(id => id.ToString())]);
        await queues.For(ProcessSync.FunctionName).SendAsync(JsonSerializer.Serialize(work), cancellationToken).ConfigureAwait(false);
    }
}
