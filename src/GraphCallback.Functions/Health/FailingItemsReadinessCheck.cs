using GraphCallback.Functions.Failures;
using GraphCallback.Storage.Failures;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphCallback.Functions.Health;

/// <summary>
/// Reports the items that timers and syncs are failing on: per work, how many and since when
/// (counts only, no item keys). Degraded, not unhealthy: the instance serves, one tenant or user
/// does not, and taking it out of rotation would help nobody. Each probe refreshes the gauge.
/// </summary>
public sealed class FailingItemsReadinessCheck(FailureMarkers markers, FailureMeter meter) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<FailureMarker> all;
        try
        {
            all = await markers.AllAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("Failing items could not be read.", ex);
        }

        var works = all.GroupBy(m => m.Work, StringComparer.Ordinal)
            .ToDictionary(w => w.Key, w => (object)new FailingWork(w.Count(), w.Min(m => m.FailingSince)), StringComparer.Ordinal);
        foreach (var (work, failing) in works)
        {
            meter.Failing(work, ((FailingWork)failing).Items);
        }

        return works.Count == 0
            ? HealthCheckResult.Healthy("No item is failing.")
            : HealthCheckResult.Degraded($"{all.Count} items are failing.", data: works);
    }

    /// <summary>One work's failing items: how many, and the first failure of the longest failing.</summary>
    private sealed record FailingWork(int Items, DateTimeOffset OldestFailingSince);
}
