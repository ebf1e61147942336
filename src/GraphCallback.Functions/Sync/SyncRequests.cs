using System.Text.Json;
using Azure;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Storage;

namespace GraphCallback.Functions.Sync;

/// <summary>
/// Asks for a user's Graph objects to be brought in line after their follow-ups changed. Sent
/// after the table write, which carried the same intent into the outbox: if the send fails or the
/// process dies in between, <see cref="SweepSyncOutbox"/> asks again.
/// </summary>
public sealed partial class SyncRequests(WorkQueues queues, ILogger<SyncRequests> logger)
{
    public async Task RequestAsync(UserKey user, IEnumerable<FollowUpId> changed, CancellationToken cancellationToken)
    {
        var work = new SyncWork(user.PartitionKey, [.. changed.Select(id => id.ToString())]);
        await queues.For(ProcessSync.FunctionName).SendAsync(JsonSerializer.Serialize(work), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// For a change already committed with its outbox intent: a failed send must not turn the
    /// committed change into an error the client retries (and is then refused, 409); the sweep sends it.
    /// </summary>
    public async Task RequestAfterCommitAsync(UserKey user, IEnumerable<FollowUpId> changed, CancellationToken cancellationToken)
    {
        try
        {
            await RequestAsync(user, changed, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            LogLeftToSweep(logger, e.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sync request could not be sent (status {Status}); the outbox sweep sends it")]
    private static partial void LogLeftToSweep(ILogger logger, int status);
}
