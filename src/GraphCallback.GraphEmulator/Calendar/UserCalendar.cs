using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;
using GraphCallback.GraphEmulator.Platform.Delta;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// One user's default calendar. Creating with a transactionId already used returns the event
/// created first (Graph's protection against retried POSTs); every change is published under
/// users/{id}/events for subscriptions.
/// </summary>
public sealed class UserCalendar(EmulatedUser owner, ChangeFeed changes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _transactions = new(StringComparer.Ordinal);

    public EmulatedUser Owner { get; } = owner;

    /// <summary>The events, the set calendarView delta reads; written only through this class.</summary>
    public VersionedSet<StoredEvent> Events { get; } = new();

    public StoredEvent Find(string eventId) => Events.Get(eventId) ?? throw NotFound();

    /// <summary>Stores a new event, or returns the one an earlier POST with the same transactionId created.</summary>
    public StoredEvent Create(Event model, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        StoredEvent stored;
        lock (_gate)
        {
            if (model.TransactionId is { } transaction && _transactions.TryGetValue(transaction, out var existingId) && Events.Get(existingId) is { } existing)
            {
                return existing;
            }

            // Every write holds the gate, so the next version is the one this upsert gets.
            stored = StoredEvent.From(EventDocument.Create(model, Owner, now)) with { CreatedVersion = Events.Version + 1 };
            Events.Upsert(stored.Id, stored);
            if (stored.TransactionId is { } created)
            {
                _transactions[created] = stored.Id;
            }
        }

        Publish(stored.Id, ChangeKind.Created);
        return stored;
    }

    public StoredEvent Update(string eventId, Func<StoredEvent, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        StoredEvent? updated;
        lock (_gate)
        {
            updated = Events.Update(eventId, stored => StoredEvent.From(change(stored)) with { CreatedVersion = stored.CreatedVersion });
        }

        var result = updated ?? throw NotFound();
        Publish(eventId, ChangeKind.Updated);
        return result;
    }

    public void Delete(string eventId)
    {
        lock (_gate)
        {
            var removed = Events.Remove(eventId) ?? throw NotFound();
            if (removed.TransactionId is { } transaction)
            {
                _transactions.Remove(transaction);
            }
        }

        Publish(eventId, ChangeKind.Deleted);
    }

    private static GraphErrorException NotFound() => GraphErrorException.NotFound("The specified object was not found in the store.");

    private void Publish(string eventId, ChangeKind kind) =>
        changes.Publish(new ChangeNotice(Owner.TenantId, $"users/{Owner.Id}/events", kind, eventId, "#Microsoft.Graph.Event", $"Users/{Owner.Id}/Events/{eventId}"));
}
