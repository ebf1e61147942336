using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;

namespace GraphCallback.Benchmarks.Workload;

/// <summary>
/// Planning days for a population of users, reproducible from a seed: four time zones, a working
/// Tuesday planned at 06:00 local, up to eight meetings, up to fifteen pending calls, and for some
/// users a block already booked (some moved by the user, a few deleted, some starting within the hour).
/// </summary>
internal static class PlanningWorkload
{
    public static readonly DateOnly Day = new(2026, 11, 24);

    private static readonly TimeZoneInfo[] Zones = [.. new[] { "Europe/London", "America/New_York", "Europe/Berlin", "Australia/Sydney" }.Select(UserTimeZone.Find)];
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static IReadOnlyList<PlanningDay> Days(int users, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, users).Select(i => DayFor(Zones[i % Zones.Length], random))];
    }

    private static PlanningDay DayFor(TimeZoneInfo zone, Random random)
    {
        DateTimeOffset Local(int hour, int minute) => WallClock.InstantOf(Day.ToDateTime(new TimeOnly(hour, minute)), zone);

        var hours = new WorkingHours(Weekdays, new TimeOnly(8, 30), new TimeOnly(17, 30), zone);
        var busy = Enumerable.Range(0, random.Next(0, 9))
            .Select(_ =>
            {
                var start = Local(8 + random.Next(0, 9), random.Next(0, 4) * 15);
                return new TimeRange(start, start.AddMinutes(30 * random.Next(1, 5)));
            })
            .ToList();
        var pending = random.Next(0, 16);
        var now = Local(6, 0);
        var booked = random.Next(0, 10) switch
        {
            < 6 => null,
            6 or 7 => new BookedBlock(new TimeRange(Local(16, 0), Local(16, 30)), pending),
            8 => new BookedBlock(new TimeRange(Local(11, 0), Local(11, 30)), pending, MovedByUser: true),
            _ => new BookedBlock(new TimeRange(Local(16, 0), Local(16, 30)), pending, DeletedByUser: random.Next(0, 2) == 0),
        };
        if (booked is not null && random.Next(0, 10) == 0)
        {
            now = booked.Time.Start.AddMinutes(-30);
        }

        return new PlanningDay(Day, now, hours, UserSettings.Default, null, busy, pending, pending > 0 ? now.AddHours(20) : null, booked);
    }
}
