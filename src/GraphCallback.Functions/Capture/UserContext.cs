using GraphCallback.Core.Callers;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Settings;
using GraphCallback.Graph.Mailboxes;

namespace GraphCallback.Functions.Capture;

/// <summary>What capture needs to know about a user to take in their calls.</summary>
public sealed record UserContext(UserSettings Settings, MailboxProfile Mailbox, PhoneBook PhoneBook)
{
    public UserPolicy Policy => Settings.ToPolicy(Mailbox.WorkingHours);
}
