using System.Collections.Concurrent;

namespace GraphCallback.GraphEmulator.Platform.Counters;

/// <summary>Requests served, by "METHOD route-template", so tests and benchmarks can assert what a piece of work cost.</summary>
public sealed class RequestCounters : IResettable
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public static string Key(string method, string template) => $"{method.ToUpperInvariant()} {template}";

    public void Increment(string key) => _counts.AddOrUpdate(key, 1, (_, n) => n + 1);

    public long Get(string key) => _counts.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();
}
