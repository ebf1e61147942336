using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>All subscriptions, thread-safe; expired ones disappear on read, as Graph deletes them.</summary>
public sealed class SubscriptionStore(TimeProvider clock) : IResettable
{
    private readonly ConcurrentDictionary<string, SubscriptionEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _createGate = new();

    public IReadOnlyList<SubscriptionEntry> Active
    {
        get
        {
            var now = clock.GetUtcNow();
            foreach (var expired in _entries.Values.Where(e => e.ExpirationDateTime <= now).ToList())
            {
                _entries.TryRemove(expired.Id, out _);
            }

            return _entries.Values.ToList();
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

            _entries[entry.Id] = entry;
            return true;
        }
    }

    public void Replace(SubscriptionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[entry.Id] = entry;
    }

    public bool Remove(string id) => _entries.TryRemove(id, out _);

    public void Reset() => _entries.Clear();
}
