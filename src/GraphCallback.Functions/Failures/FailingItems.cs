using GraphCallback.Storage.Failures;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Failures;

/// <summary>
/// Runs work item by item, so one item's failure (a tenant's revoked consent, a user's gone
/// mailbox) never stops the others: it is caught, logged without personal data, counted and
/// marked, and the item is left alone until its next try, each failure in a row doubling the wait.
/// A success clears the mark. Cancellation still ends the run.
/// </summary>
public sealed partial class FailingItems(
    FailureMarkers markers,
    FailureMeter meter,
    TimeProvider time,
    IOptions<FailureOptions> options,
    ILogger<FailingItems> logger)
{
    /// <summary>
    /// Runs every item of <paramref name="items"/> whose next try has come. With
    /// <paramref name="everyItem"/> the items are all there are, so the marks of items no longer
    /// among them (a subscription replaced, a tenant gone) are cleared.
    /// </summary>
    public async Task RunEachAsync(string work, IEnumerable<WorkItem> items, bool everyItem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var marked = await MarkedAsync(work, null, cancellationToken).ConfigureAwait(false);
        var failing = new HashSet<string>(marked.Keys, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            seen.Add(item.Key);
            var marker = marked.GetValueOrDefault(item.Key);
            if (marker is not null && !IsDue(marker))
            {
                LogSkipped(logger, work, item.Key, marker.NextTry);
                continue;
            }

            if (await TryAsync(work, item.Key, marker is not null, item.RunAsync, cancellationToken).ConfigureAwait(false))
            {
                failing.Remove(item.Key);
            }
            else
            {
                failing.Add(item.Key);
            }
        }

        if (everyItem)
        {
            foreach (var gone in failing.Where(key => !seen.Contains(key)).ToList())
            {
                await markers.ClearAsync(work, gone, cancellationToken).ConfigureAwait(false);
                failing.Remove(gone);
            }
        }

        meter.Failing(work, failing.Count);
    }

    /// <summary>The marks of <paramref name="work"/>, by item; only items starting with <paramref name="itemPrefix"/> when given.</summary>
    public Task<IReadOnlyDictionary<string, FailureMarker>> MarkedAsync(string work, string? itemPrefix, CancellationToken cancellationToken) =>
        markers.OfAsync(work, itemPrefix, cancellationToken);

    /// <summary>Whether the item's next try has come.</summary>
    public bool IsDue(FailureMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return marker.NextTry <= time.GetUtcNow();
    }

    /// <summary>Runs one item: a failure is marked, a success clears the mark it had (<paramref name="marked"/>).</summary>
    /// <param name="work">What the item belongs to ("RenewSubscriptions").</param>
    /// <param name="item">The item's key.</param>
    /// <param name="marked">Whether the item has a mark to clear when it succeeds.</param>
    /// <param name="run">The item's work.</param>
    /// <param name="cancellationToken">Ends the run: it is not a failure of the item.</param>
    /// <param name="passThrough">Failures the caller handles itself, thrown on unmarked.</param>
    /// <returns>True when the item succeeded.</returns>
    public async Task<bool> TryAsync(
        string work, string item, bool marked, Func<CancellationToken, Task> run, CancellationToken cancellationToken, Func<Exception, bool>? passThrough = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            await run(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested) && passThrough?.Invoke(e) != true)
        {
            var reason = FailureReason.Of(e);
            var marker = await markers.RecordAsync(work, item, reason, time.GetUtcNow(), options.Value.Backoff, cancellationToken).ConfigureAwait(false);
            meter.Failed(work);
            LogFailed(logger, work, item, reason, marker.Attempts, marker.NextTry);
            LogFailure(logger, work, item, e);
            return false;
        }

        if (marked)
        {
            await markers.ClearAsync(work, item, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} failed for {Item} ({Reason}), {Attempts} times in a row; next try at {NextTry}")]
    private static partial void LogFailed(ILogger logger, string work, string item, string reason, int attempts, DateTimeOffset nextTry);

    // The exception's message may quote an address or a number: only at Debug.
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Work} failed for {Item}")]
    private static partial void LogFailure(ILogger logger, string work, string item, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Work} skips {Item}, failing, until {NextTry}")]
    private static partial void LogSkipped(ILogger logger, string work, string item, DateTimeOffset nextTry);
}
