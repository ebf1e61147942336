using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Delta;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Directory;

/// <summary>Each user's personal contacts, stored as Graph JSON so reads always hand out fresh model objects.</summary>
public sealed class ContactsState : IResettable
{
    private readonly ConcurrentDictionary<string, VersionedSet<string>> _byUser = new(StringComparer.OrdinalIgnoreCase);

    public VersionedSet<string> For(string userId) => _byUser.GetOrAdd(userId, _ => new VersionedSet<string>());

    public Contact Add(string userId, Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        contact.Id ??= GraphIds.New();
        For(userId).Upsert(contact.Id, GraphJson.Serialize(contact));
        return contact;
    }

    public void Reset() => _byUser.Clear();
}
