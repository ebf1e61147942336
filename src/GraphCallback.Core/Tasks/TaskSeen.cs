using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tasks;

/// <summary>The parts of a To Do task whose change means something for its follow-up.</summary>
/// <param name="Completed">Ticked off.</param>
/// <param name="DueAt">Its due time, or null when the user removed it.</param>
public sealed record TaskSeen(bool Completed, DateTimeOffset? DueAt)
{
    /// <summary>
    /// Whether both say the same to the user: To Do keeps only the day of a due (the deadline we
    /// wrote comes back as 00:00 of its day), so dues are the same when their days in
    /// <paramref name="zone"/> are.
    /// </summary>
    public bool SameAs(TaskSeen? other, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return other is not null && Completed == other.Completed && DayOf(DueAt, zone) == DayOf(other.DueAt, zone);
    }

    private static DateOnly? DayOf(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } at ? DateOnly.FromDateTime(WallClock.LocalOf(at, zone)) : null;
}
