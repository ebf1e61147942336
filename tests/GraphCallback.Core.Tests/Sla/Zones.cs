using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tests.Sla;

/// <summary>Time zones and working weeks the SLA tests use.</summary>
internal static class Zones
{
    public static readonly TimeZoneInfo Berlin = UserTimeZone.Find("Europe/Berlin");
    public static readonly TimeZoneInfo NewYork = UserTimeZone.Find("America/New_York");
    public static readonly TimeZoneInfo London = UserTimeZone.Find("Europe/London");
    public static readonly TimeZoneInfo Jerusalem = UserTimeZone.Find("Asia/Jerusalem");

    public static WorkingHours NineToFive(TimeZoneInfo zone) => new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        zone);

    /// <summary>08:00 to 17:00 on <paramref name="week"/> ("Mon-Fri" or "Sun-Thu") in the zone with IANA id <paramref name="zoneId"/>.</summary>
    public static WorkingHours EightToFive(string zoneId, string week) => new(
        week switch
        {
            "Mon-Fri" => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            "Sun-Thu" => [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday],
            _ => throw new ArgumentException($"Unknown week '{week}'.", nameof(week)),
        },
        new TimeOnly(8, 0),
        new TimeOnly(17, 0),
        UserTimeZone.Find(zoneId));

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
