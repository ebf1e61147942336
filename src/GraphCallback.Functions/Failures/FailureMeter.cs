using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GraphCallback.Functions.Failures;

/// <summary>
/// The metrics of failing items on the meter <see cref="MeterName"/>: a counter of item failures
/// and a gauge of the items failing now, both per work. The gauge reports what this instance last
/// read from the markers (after its own runs and on each readiness probe).
/// </summary>
public sealed class FailureMeter
{
    public const string MeterName = "GraphCallback.Failures";

    public const string FailuresName = "graphcallback.item.failures";

    public const string FailingName = "graphcallback.items.failing";

    public const string WorkTag = "graphcallback.work";

    private readonly Counter<long> _failures;
    private readonly ConcurrentDictionary<string, int> _failing = new(StringComparer.Ordinal);

    public FailureMeter(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _failures = meter.CreateCounter<long>(FailuresName, unit: "{failure}", description: "Items of timer and sync work that failed, per work.");
        meter.CreateObservableGauge(
            FailingName,
            () => _failing.Select(w => new Measurement<int>(w.Value, new KeyValuePair<string, object?>(WorkTag, w.Key))),
            unit: "{item}",
            description: "Items of timer and sync work failing now, per work.");
    }

    public void Failed(string work) => _failures.Add(1, new KeyValuePair<string, object?>(WorkTag, work));

    /// <summary>How many items of <paramref name="work"/> the markers say are failing.</summary>
    public void Failing(string work, int items) => _failing[work] = items;
}
