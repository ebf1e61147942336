using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GraphCallback.Functions.Storage;

namespace GraphCallback.Benchmarks.Pipeline;

/// <summary>
/// Adds up the Table Storage requests one in-process app reports (its <see cref="TableRequestMeter"/>),
/// by HTTP method. Other Table clients in the process, the harness's own included, are not counted.
/// </summary>
internal sealed class TableRequestCount : IDisposable
{
    private readonly MeterListener _listener;
    private readonly ConcurrentDictionary<string, long> _byMethod = new(StringComparer.Ordinal);

    /// <param name="appMeters">The app's own meter factory (its meters carry it as their scope).</param>
    public TableRequestCount(IMeterFactory appMeters) =>
        _listener = TableRequestMeter.Listen(appMeters, (method, count) => _byMethod.AddOrUpdate(method, count, (_, n) => n + count));

    public long Total => _byMethod.Values.Sum();

    public IReadOnlyDictionary<string, long> ByMethod() => new SortedDictionary<string, long>(_byMethod, StringComparer.Ordinal);

    public void Reset() => _byMethod.Clear();

    public void Dispose() => _listener.Dispose();
}
