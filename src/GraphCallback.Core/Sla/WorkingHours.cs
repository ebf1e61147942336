namespace GraphCallback.Core.Sla;

/// <summary>A user's working week in their own time zone, as mailbox settings describe it.</summary>
public sealed record WorkingHours
{
    public WorkingHours(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(zone);
        if (end <= start)
        {
            throw new ArgumentException("Working hours must end after they start.", nameof(end));
        }

        Days = days.ToHashSet();
        Start = start;
        End = end;
        Zone = zone;
    }

    public IReadOnlySet<DayOfWeek> Days { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Monday to Friday, 08:00 to 17:00: Outlook's default when a mailbox sets none.</summary>
    public static WorkingHours Default(TimeZoneInfo zone) => new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(8, 0),
        new TimeOnly(17, 0),
        zone);

    public bool IsWorkingDay(DateOnly date) => Days.Contains(date.DayOfWeek);

    /// <summary>The working interval of <paramref name="date"/> as instants, or null on a day off.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? On(DateOnly date) =>
        IsWorkingDay(date)
            ? (WallClock.InstantOf(date.ToDateTime(Start), Zone), WallClock.InstantOf(date.ToDateTime(End), Zone))
            : null;

    /// <summary><paramref name="instant"/> itself when it falls in working hours, else the next start of working hours.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        if (Days.Count == 0)
        {
            return instant;
        }

        var date = DateOnly.FromDateTime(WallClock.LocalOf(instant, Zone));
        for (var i = 0; i <= 7; i++)
        {
            if (On(date.AddDays(i)) is { } hours && instant < hours.End)
            {
                return instant > hours.Start ? instant : hours.Start;
            }
        }

        throw new InvalidOperationException("A working week with working days always has a next working moment.");
    }
}
