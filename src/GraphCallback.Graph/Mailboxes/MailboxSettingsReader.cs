using GraphCallback.Core.Sla;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using TimeRange = GraphCallback.Core.CallBackBlocks.TimeRange;
using WorkingHours = GraphCallback.Core.Sla.WorkingHours;

namespace GraphCallback.Graph.Mailboxes;

/// <summary>Reads a user's time zone, working hours and out-of-office state from their mailbox settings.</summary>
public sealed class MailboxSettingsReader(GraphServiceClient graph)
{
    public async Task<MailboxProfile> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var settings = await graph.Users[userId].MailboxSettings.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return ToProfile(settings ?? new MailboxSettings());
    }

    /// <summary>
    /// Working hours carry their own zone, which may differ from the mailbox's display zone; the
    /// working-hours zone decides when the day starts. Unknown or custom zones fall back to the
    /// mailbox zone, then UTC, rather than failing a whole ingestion. A scheduled out-of-office
    /// window is also carried as the working hours' time off; an always-on one is not.
    /// </summary>
    public static MailboxProfile ToProfile(MailboxSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var mailboxZone = UserTimeZone.TryFind(settings.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
        var hoursZone = UserTimeZone.TryFind(settings.WorkingHours?.TimeZone?.Name, out var workZone) ? workZone : mailboxZone;
        var days = settings.WorkingHours?.DaysOfWeek?.Where(d => d is not null).Select(d => (DayOfWeek)(int)d!.Value).ToList();
        var start = settings.WorkingHours?.StartTime;
        var end = settings.WorkingHours?.EndTime;
        var hours = days is { Count: > 0 } && start is { } s && end is { } e && e.DateTime.TimeOfDay > s.DateTime.TimeOfDay
            ? new WorkingHours(days, TimeOnly.FromTimeSpan(s.DateTime.TimeOfDay), TimeOnly.FromTimeSpan(e.DateTime.TimeOfDay), hoursZone)
            : WorkingHours.Default(hoursZone);
        var oof = OutOfOffice(settings.AutomaticRepliesSetting, hoursZone);

        // Scheduled automatic replies are time off: days they cover entirely do not count towards
        // SLA deadlines. AlwaysEnabled replies have no end and say nothing about which days are off.
        if (settings.AutomaticRepliesSetting?.Status == AutomaticRepliesStatus.Scheduled && oof is { } away && away.To > away.From)
        {
            hours = hours.WithTimeOff([new TimeRange(away.From, away.To)]);
        }

        return new MailboxProfile(mailboxZone, hours, oof);
    }

    private static OutOfOfficeWindow? OutOfOffice(AutomaticRepliesSetting? setting, TimeZoneInfo fallbackZone) => setting?.Status switch
    {
        AutomaticRepliesStatus.AlwaysEnabled => new OutOfOfficeWindow(DateTimeOffset.MinValue, DateTimeOffset.MaxValue),
        AutomaticRepliesStatus.Scheduled when setting.ScheduledStartDateTime is { } from && setting.ScheduledEndDateTime is { } to =>
            new OutOfOfficeWindow(GraphTime.ToInstant(from, fallbackZone), GraphTime.ToInstant(to, fallbackZone)),
        _ => null,
    };
}
