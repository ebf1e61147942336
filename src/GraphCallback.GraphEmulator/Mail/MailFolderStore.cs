using GraphCallback.GraphEmulator.Platform.Delta;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>One mail folder: its id, well-known name and display name, and its messages (versioned for delta).</summary>
public sealed record MailFolderStore(string Id, string WellKnownName, string DisplayName)
{
    public VersionedSet<StoredMessage> Messages { get; } = new();
}
