using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.FollowUps;

namespace GraphCallback.Functions.Sync;

/// <summary>
/// Timer, every 5 minutes: asks again for the sync of every follow-up change still in the outbox
/// after <see cref="Grace"/>, the changes whose sync request was lost (a failed queue send after
/// the commit, a process killed between the two). Each user's changes go as one request.
/// </summary>
public sealed partial class SweepSyncOutbox(SyncOutbox outbox, SyncRequests sync, TimeProvider time, ILogger<SweepSyncOutbox> logger) : ITimerFunction
{
    /// <summary>Long enough for a request sent with its change to have been handled, retries and busy users included.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public string Name => "SweepSyncOutbox";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var waiting = await outbox.ListWaitingAsync(time.GetUtcNow() - Grace, cancellationToken).ConfigureAwait(false);
        foreach (var user in waiting.GroupBy(e => e.User))
        {
            await sync.RequestAsync(user.Key, user.Select(e => e.FollowUpId), cancellationToken).ConfigureAwait(false);
        }

        if (waiting.Count > 0)
        {
            LogSwept(logger, waiting.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asked again for the sync of {Count} follow-up changes whose request was lost")]
    private static partial void LogSwept(ILogger logger, int count);
}
