using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;

namespace GraphCallback.GraphEmulator.Calendar.Schedule;

/// <summary>A validated getSchedule request: at most 20 mailboxes, a window of at most 62 days, an interval of 5 to 1440 minutes.</summary>
public sealed record ScheduleRequest(IReadOnlyList<string> Schedules, DateTimeOffset Start, DateTimeOffset End, TimeSpan Interval)
{
    public const int MaxSchedules = 20;
    public const int DefaultIntervalMinutes = 30;

    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(62);

    public static ScheduleRequest From(GetSchedulePostRequestBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var schedules = body.Schedules?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList() ?? [];
        if (schedules.Count == 0)
        {
            throw Invalid("At least one schedule (an SMTP address) is required.");
        }

        if (schedules.Count > MaxSchedules)
        {
            throw Invalid($"The number of schedules ({schedules.Count}) exceeds the maximum of {MaxSchedules}.");
        }

        var minutes = body.AvailabilityViewInterval ?? DefaultIntervalMinutes;
        if (minutes is < 5 or > 1440)
        {
            throw Invalid($"availabilityViewInterval must be between 5 and 1440 minutes; it was {minutes}.");
        }

        var start = GraphTimeZones.ToInstant(body.StartTime, "startTime");
        var end = GraphTimeZones.ToInstant(body.EndTime, "endTime");
        if (end <= start)
        {
            throw Invalid("endTime must be later than startTime.");
        }

        if (end - start > MaxWindow)
        {
            throw Invalid($"The requested window is longer than {MaxWindow.TotalDays} days.");
        }

        return new ScheduleRequest(schedules, start, end, TimeSpan.FromMinutes(minutes));
    }

    private static GraphErrorException Invalid(string message) => GraphErrorException.BadRequest(message, "ErrorInvalidParameter");
}
