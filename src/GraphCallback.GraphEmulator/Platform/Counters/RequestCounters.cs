using System.Collections.Concurrent;

namespace GraphCallback.GraphEmulator.Platform.Counters;

/// <summary>
/// Requests served, by "METHOD route-template", so tests and benchmarks can assert what a piece of
/// work cost; those made with a delegated (user) token are also counted apart, so a test can tell
/// on-behalf-of calls from the app's own.
/// </summary>
public sealed class RequestCounters : IResettable
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _delegated = new(StringComparer.Ordinal);

    public static string Key(string method, string template) => $"{method.ToUpperInvariant()} {template}";

    public void Increment(string key, bool delegated = false)
    {
        _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (delegated)
        {
            _delegated.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }

    public long Get(string key) => _counts.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>The requests that carried a delegated token (a user's, for example obtained on-behalf-of).</summary>
    public IReadOnlyDictionary<string, long> DelegatedSnapshot() => new SortedDictionary<string, long>(_delegated, StringComparer.Ordinal);

    public void Reset()
    {
        _counts.Clear();
        _delegated.Clear();
    }
}
