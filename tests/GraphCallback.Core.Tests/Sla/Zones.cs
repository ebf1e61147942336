using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tests.Sla;

/// <summary>Time zones and working weeks the SLA tests use.</summary>
internal static class Zones
{
    public static readonly TimeZoneInfo Berlin = UserTimeZone.Find("Europe/Berlin");
    public static readonly TimeZoneInfo NewYork = UserTimeZone.Find("America/New_York");

    public static WorkingHours NineToFive(TimeZoneInfo zone) => new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        zone);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
