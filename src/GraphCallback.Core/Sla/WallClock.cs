namespace GraphCallback.Core.Sla;

/// <summary>
/// Converts between instants and a user's local wall-clock time, deciding the two DST edge cases
/// once: a local time skipped by the spring change moves forward by the gap, and a local time
/// repeated by the autumn change means its first occurrence.
/// </summary>
public static class WallClock
{
    public static DateTime LocalOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public static DateTimeOffset InstantOf(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // 02:30 on a spring-forward night does not exist; the clock reads 03:30 at that moment.
            var gap = SpringGap(unspecified, zone);
            unspecified += gap;
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(unspecified);
            return new DateTimeOffset(unspecified, offsets.Max());
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>Adds <paramref name="span"/> of wall-clock time: "24 h after 10:00" is 10:00 the next day, even across DST.</summary>
    public static DateTimeOffset AddLocal(DateTimeOffset instant, TimeSpan span, TimeZoneInfo zone) =>
        InstantOf(LocalOf(instant, zone) + span, zone);

    private static TimeSpan SpringGap(DateTime invalidLocal, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(invalidLocal.AddHours(-3));
        var after = zone.GetUtcOffset(invalidLocal.AddHours(3));
        return after - before;
    }
}
