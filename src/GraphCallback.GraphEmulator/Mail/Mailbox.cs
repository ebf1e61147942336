using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>
/// One user's mailbox: well-known folders with their messages and the mailbox settings. Every
/// change is published to the change feed under the folder's subscription resource.
/// </summary>
public sealed class Mailbox(EmulatedUser owner, ChangeFeed changes)
{
    private static readonly (string Name, string Display)[] WellKnown =
        [("inbox", "Inbox"), ("drafts", "Drafts"), ("sentitems", "Sent Items"), ("deleteditems", "Deleted Items")];

    private readonly Lock _gate = new();
    private readonly List<MailFolderStore> _folders = WellKnown.Select(f => new MailFolderStore(GraphIds.New(), f.Name, f.Display)).ToList();

    public EmulatedUser Owner { get; } = owner;

    /// <summary>The mailboxSettings JSON (Graph shape); null until the first read builds it from the user.</summary>
    public string? SettingsJson
    {
        get
        {
            lock (_gate)
            {
                return field;
            }
        }

        set
        {
            lock (_gate)
            {
                field = value;
            }
        }
    }

    public IReadOnlyList<MailFolderStore> Folders => _folders;

    public MailFolderStore Folder(string idOrWellKnownName) =>
        _folders.FirstOrDefault(f => f.WellKnownName.Equals(idOrWellKnownName, StringComparison.OrdinalIgnoreCase) || f.Id == idOrWellKnownName)
        ?? throw GraphErrorException.NotFound("The specified folder could not be found in the store.", "ErrorFolderNotFound");

    public IEnumerable<StoredMessage> AllMessages => _folders.SelectMany(f => f.Messages.Items);

    public StoredMessage Find(string messageId) =>
        _folders.Select(f => f.Messages.Get(messageId)).FirstOrDefault(m => m is not null)
        ?? throw GraphErrorException.NotFound("The specified object was not found in the store.");

    public void Put(MailFolderStore folder, StoredMessage message)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(message);
        var created = folder.Messages.Upsert(message.Id, message);
        Publish(folder, message.Id, created ? ChangeKind.Created : ChangeKind.Updated);
    }

    /// <summary>Delivers a message to the inbox (as Exchange would on arrival) and returns it as stored.</summary>
    public StoredMessage Receive(Microsoft.Graph.Models.Message message, DateTimeOffset now)
    {
        var inbox = Folder("inbox");
        var stored = MessageJson.Create(message, inbox, Owner, now);
        Put(inbox, stored);
        return stored;
    }

    public void Delete(string messageId)
    {
        var folder = _folders.FirstOrDefault(f => f.Messages.Get(messageId) is not null)
            ?? throw GraphErrorException.NotFound("The specified object was not found in the store.");
        folder.Messages.Remove(messageId);
        Publish(folder, messageId, ChangeKind.Deleted);
    }

    /// <summary>Moves a message; delta on the old folder reports it removed, on the new one added.</summary>
    public void Move(StoredMessage message, MailFolderStore target)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(target);
        Delete(message.Id);
        Put(target, message with { FolderId = target.Id });
    }

    private void Publish(MailFolderStore folder, string messageId, ChangeKind kind) =>
        changes.Publish(new ChangeNotice(
            Owner.TenantId,
            $"users/{Owner.Id}/mailFolders('{folder.WellKnownName}')/messages",
            kind,
            messageId,
            "#Microsoft.Graph.Message",
            $"Users/{Owner.Id}/Messages/{messageId}"));
}
