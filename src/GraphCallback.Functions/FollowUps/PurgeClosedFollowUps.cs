using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.FollowUps;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// Nightly timer: deletes follow-ups closed longer ago than the retention period. Caller names,
/// numbers and transcripts are personal data; keeping them no longer than needed is the point.
/// </summary>
public sealed partial class PurgeClosedFollowUps(
    FollowUpStore store,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    ILogger<PurgeClosedFollowUps> logger) : ITimerFunction
{
    public string Name => "PurgeClosedFollowUps";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.ClosedFollowUpDays);
        var purged = await store.PurgeClosedAsync(cutoff, cancellationToken).ConfigureAwait(false);
        LogPurged(logger, purged, options.Value.ClosedFollowUpDays);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} follow-ups closed more than {Days} days ago")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
