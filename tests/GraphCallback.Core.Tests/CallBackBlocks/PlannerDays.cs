using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tests.CallBackBlocks;

/// <summary>Builds planning days in a user's own time zone, with meetings given as local times.</summary>
internal sealed class PlannerDays(string zoneId)
{
    public TimeZoneInfo Zone { get; } = UserTimeZone.Find(zoneId);

    public WorkingHours Hours => new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(9, 0),
        new TimeOnly(17, 30),
        Zone);

    public DateTimeOffset At(DateOnly day, int hour, int minute = 0) => WallClock.InstantOf(day.ToDateTime(new TimeOnly(hour, minute)), Zone);

    public TimeRange Local(DateOnly day, string from, string to) =>
        new(WallClock.InstantOf(day.ToDateTime(TimeOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)), Zone),
            WallClock.InstantOf(day.ToDateTime(TimeOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), Zone));

    public PlanningDay Day(
        DateOnly day,
        int pending,
        IReadOnlyList<TimeRange>? busy = null,
        BookedBlock? booked = null,
        DateTimeOffset? now = null,
        DateTimeOffset? earliestDue = null,
        TimeRange? away = null,
        UserSettings? settings = null) =>
        new(day, now ?? At(day, 8), Hours, settings ?? UserSettings.Default, away, busy ?? [], pending, earliestDue, booked);
}
