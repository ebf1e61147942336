using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar.Schedule;

/// <summary>
/// The scheduleInformation for one mailbox: its items in the window (times in the preferred
/// zone), the availabilityView over them, and its working hours. An address that resolves to no
/// mailbox gets an entry carrying only an error, as Graph answers, so one bad address does not
/// fail the request.
/// </summary>
public static class ScheduleBuilder
{
    public static ScheduleInformation Unresolved(string address) => new()
    {
        ScheduleId = address,
        Error = new FreeBusyError
        {
            Message = $"Unable to resolve e-mail address {address} to an Active Directory object.",
            ResponseCode = "5009",
        },
    };

    public static ScheduleInformation For(string address, UserCalendar calendar, WorkingHours? workingHours, ScheduleRequest request, string zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(request);
        var events = calendar.Events.Items
            .Where(e => !e.IsCancelled && e.Overlaps(request.Start, request.End))
            .OrderBy(e => e.Start).ThenBy(e => e.End)
            .Select(e => (Stored: e, Model: GraphJson.Parse(e.Json, Event.CreateFromDiscriminatorValue)))
            .ToList();
        return new ScheduleInformation
        {
            ScheduleId = address,
            AvailabilityView = AvailabilityView.Compute(request.Start, request.End, request.Interval, events.Select(e => (e.Stored.Start, e.Stored.End, e.Stored.ShowAs)).ToList()),
            ScheduleItems = events.Select(e => Item(e.Stored, e.Model, zone)).ToList(),
            WorkingHours = workingHours,
        };
    }

    private static ScheduleItem Item(StoredEvent stored, Event model, string zone)
    {
        // Free/busy shows when someone is busy, not what about, for private items.
        var isPrivate = model.Sensitivity is Sensitivity.Private or Sensitivity.Confidential;
        return new ScheduleItem
        {
            IsPrivate = isPrivate,
            Status = stored.ShowAs,
            Subject = isPrivate ? null : model.Subject,
            Location = isPrivate || string.IsNullOrEmpty(model.Location?.DisplayName) ? null : model.Location.DisplayName,
            Start = GraphTimeZones.FromInstant(stored.Start, zone),
            End = GraphTimeZones.FromInstant(stored.End, zone),
        };
    }
}
