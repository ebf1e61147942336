using GraphCallback.Core.Sla;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>Moments a test's story needs, derived from the suite's instant rather than picked as dates.</summary>
internal static class Moments
{
    public static readonly TimeZoneInfo London = UserTimeZone.Find("Europe/London");

    /// <summary>The first moment at or after <paramref name="after"/> that is <paramref name="at"/> on a Monday to Friday in <paramref name="zone"/>.</summary>
    public static DateTimeOffset NextWeekdayAt(DateTimeOffset after, TimeOnly at, TimeZoneInfo zone) =>
        Next(after, at, zone, day => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The first moment at or after <paramref name="after"/> that is <paramref name="at"/> on a <paramref name="weekday"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset NextOnAt(DateTimeOffset after, DayOfWeek weekday, TimeOnly at, TimeZoneInfo zone) =>
        Next(after, at, zone, day => day == weekday);

    /// <summary><paramref name="instant"/>'s local time in <paramref name="zone"/>, <paramref name="days"/> calendar days later.</summary>
    public static DateTimeOffset DaysLater(DateTimeOffset instant, int days, TimeZoneInfo zone) =>
        WallClock.InstantOf(WallClock.LocalOf(instant, zone).AddDays(days), zone);

    /// <summary><paramref name="at"/> on the local day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset SameDayAt(DateTimeOffset instant, TimeOnly at, TimeZoneInfo zone) =>
        WallClock.InstantOf(DateOnly.FromDateTime(WallClock.LocalOf(instant, zone)).ToDateTime(at), zone);

    private static DateTimeOffset Next(DateTimeOffset after, TimeOnly at, TimeZoneInfo zone, Func<DayOfWeek, bool> wanted)
    {
        var date = DateOnly.FromDateTime(WallClock.LocalOf(after, zone));
        for (var day = date; ; day = day.AddDays(1))
        {
            var candidate = WallClock.InstantOf(day.ToDateTime(at), zone);
            if (wanted(day.DayOfWeek) && candidate >= after)
            {
                return candidate;
            }
        }
    }
}
