using GraphCallback.Core.Sla;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>The local day an instant falls on in a zone, and that day's bounds as instants.</summary>
public static class PlanDay
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(WallClock.LocalOf(instant, zone));

    /// <summary>From local midnight to the next: 23 or 25 hours on a DST-change day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly day, TimeZoneInfo zone) =>
        (WallClock.InstantOf(day.ToDateTime(TimeOnly.MinValue), zone), WallClock.InstantOf(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
}
