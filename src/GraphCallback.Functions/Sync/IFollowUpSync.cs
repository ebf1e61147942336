using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;

namespace GraphCallback.Functions.Sync;

/// <summary>
/// One thing kept in line with a user's follow-ups (their To Do tasks, their call-back block).
/// Called again for the same change whenever a sync message is delivered twice or retried, so it
/// must compare with what Graph already has rather than write blindly.
/// </summary>
public interface IFollowUpSync
{
    /// <param name="user">Whose follow-ups changed.</param>
    /// <param name="changed">Which ones; empty means any of them may have.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task SyncAsync(UserKey user, IReadOnlyList<FollowUpId> changed, CancellationToken cancellationToken);
}
