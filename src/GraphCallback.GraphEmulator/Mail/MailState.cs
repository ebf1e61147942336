using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>All mailboxes, created on first use for each user.</summary>
public sealed class MailState(ChangeFeed changes) : IResettable
{
    private readonly ConcurrentDictionary<string, Mailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);

    public Mailbox For(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _mailboxes.GetOrAdd(user.Id, _ => new Mailbox(user, changes));
    }

    public void Reset() => _mailboxes.Clear();
}
