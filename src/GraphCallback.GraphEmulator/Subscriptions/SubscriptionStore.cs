using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>All subscriptions, thread-safe; expired ones disappear on read, as Graph deletes them.</summary>
public sealed class SubscriptionStore(TimeProvider clock) : IResettable
{
    // Each entry keeps its creation sequence so lists come in a stable order: a dictionary's hash
    // order would put a given subscription on an arbitrary page and hide a client that stops at page one.
    private readonly ConcurrentDictionary<string, (long Sequence, SubscriptionEntry Entry)> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _createGate = new();
    private long _sequence;

    public IReadOnlyList<SubscriptionEntry> Active
    {
        get
        {
            var now = clock.GetUtcNow();
            foreach (var expired in _entries.Values.Where(e => e.Entry.ExpirationDateTime <= now).ToList())
            {
                _entries.TryRemove(expired.Entry.Id, out _);
            }

            return _entries.Values.OrderBy(e => e.Sequence).Select(e => e.Entry).ToList();
        }
    }

    public SubscriptionEntry? Find(string id) => Active.FirstOrDefault(e => e.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the subscription unless the same app already has one for the same resource and change types.</summary>
    public bool TryAdd(SubscriptionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_createGate)
        {
            if (Active.Any(e => e.TenantId == entry.TenantId && e.OwnerAppId == entry.OwnerAppId &&
                                e.NormalizedResource == entry.NormalizedResource && e.ChangeTypes.SetEquals(entry.ChangeTypes)))
            {
                return false;
            }

            _entries[entry.Id] = (Interlocked.Increment(ref _sequence), entry);
            return true;
        }
    }

    public void Replace(SubscriptionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.AddOrUpdate(entry.Id, _ => (Interlocked.Increment(ref _sequence), entry), (_, old) => (old.Sequence, entry));
    }

    public bool Remove(string id) => _entries.TryRemove(id, out _);

    public void Reset() => _entries.Clear();
}
