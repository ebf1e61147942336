namespace GraphCallback.GraphEmulator.Platform.Delta;

/// <summary>
/// A thread-safe keyed collection that remembers, per item, the version of its last change and
/// keeps tombstones for deletions, so delta queries can answer "what changed since watermark W".
/// Each set has its own identity: a delta token from another set (or from before a reset) is unknown.
/// </summary>
public sealed class VersionedSet<T>
    where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _version;

    public Guid Identity { get; } = Guid.NewGuid();

    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>Live items in insertion order.</summary>
    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_gate)
            {
                return _entries.Values.Where(e => e.Item is not null).OrderBy(e => e.Created).Select(e => e.Item!).ToList();
            }
        }
    }

    /// <summary>Adds or replaces an item; returns true when it was new.</summary>
    public bool Upsert(string id, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _version++;
            var existing = _entries.GetValueOrDefault(id);
            var isNew = existing?.Item is null;
            _entries[id] = new Entry(id, item, _version, isNew ? _version : existing!.Created);
            return isNew;
        }
    }

    public T? Get(string id)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(id)?.Item;
        }
    }

    /// <summary>Replaces an item through a function of its current value; null when it does not exist.</summary>
    public T? Update(string id, Func<T, T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (_entries.GetValueOrDefault(id) is not { Item: { } current } entry)
            {
                return null;
            }

            _version++;
            var updated = change(current);
            _entries[id] = entry with { Item = updated, Version = _version };
            return updated;
        }
    }

    /// <summary>Deletes an item, leaving a tombstone for delta; returns the removed item.</summary>
    public T? Remove(string id)
    {
        lock (_gate)
        {
            if (_entries.GetValueOrDefault(id) is not { Item: { } current } entry)
            {
                return null;
            }

            _version++;
            _entries[id] = entry with { Item = null, Version = _version };
            return current;
        }
    }

    /// <summary>
    /// Changes with from &lt; version &lt;= to, oldest first; a null Item is a deletion. Only items
    /// that existed at <paramref name="from"/> are reported deleted: Graph does not promise to
    /// report an item created and deleted between two rounds, so a client must not rely on it.
    /// </summary>
    public IReadOnlyList<(string Id, T? Item)> Changes(long from, long to)
    {
        lock (_gate)
        {
            return _entries.Values
                .Where(e => e.Version > from && e.Version <= to && (e.Item is not null || e.Created <= from))
                .OrderBy(e => e.Version)
                .Select(e => (e.Id, e.Item))
                .ToList();
        }
    }

    private sealed record Entry(string Id, T? Item, long Version, long Created);
}
