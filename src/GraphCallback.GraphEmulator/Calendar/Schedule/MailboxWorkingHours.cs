using GraphCallback.GraphEmulator.Mail;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar.Schedule;

/// <summary>A schedule's workingHours, read from the user's mailboxSettings so a PATCH there shows up in getSchedule too.</summary>
public static class MailboxWorkingHours
{
    public static WorkingHours? For(EmulatedUser user, MailState mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return MailboxSettingsEndpoints.Read(mail.For(user)).WorkingHours;
    }
}
