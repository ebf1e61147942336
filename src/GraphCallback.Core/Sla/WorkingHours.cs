using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Core.Sla;

/// <summary>
/// A user's working week in their own time zone, as mailbox settings describe it, plus any time
/// off (scheduled automatic replies): a day of the working week whose working hours lie entirely
/// inside time off is not a working day; a day only partly covered still is.
/// </summary>
public sealed record WorkingHours
{
    /// <summary>
    /// How many days after a given day <see cref="NextWorkingMoment"/> and <see cref="AddOverWorkingDays"/>
    /// look for a working day before giving up: a year, so even a long absence is skipped.
    /// </summary>
    public const int SearchDays = 366;

    private readonly TimeRange[] _timeOff = [];

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

    /// <summary>
    /// When the user is away, as instants; sorted, with overlapping or touching ranges merged (so
    /// two back-to-back absences cover a day together) and empty ones dropped. Empty by default.
    /// </summary>
    public IReadOnlyList<TimeRange> TimeOff
    {
        get => _timeOff;
        init => _timeOff = Merge(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Monday to Friday, 08:00 to 17:00: Outlook's default when a mailbox sets none.</summary>
    public static WorkingHours Default(TimeZoneInfo zone) => new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(8, 0),
        new TimeOnly(17, 0),
        zone);

    /// <summary>These working hours with <paramref name="ranges"/> added to their time off.</summary>
    public WorkingHours WithTimeOff(IEnumerable<TimeRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return this with { TimeOff = [.. _timeOff, .. ranges] };
    }

    /// <summary>A day of the working week whose working hours are not entirely inside time off.</summary>
    public bool IsWorkingDay(DateOnly date) => Days.Contains(date.DayOfWeek) && !IsCoveredByTimeOff(date);

    /// <summary>The working interval of <paramref name="date"/> as instants, or null on a day off (including one covered by time off).</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? On(DateOnly date) =>
        IsWorkingDay(date) ? Interval(date) : null;

    /// <summary>
    /// <paramref name="instant"/> itself when it falls in working hours, else the next start of
    /// working hours, looking up to <see cref="SearchDays"/> days ahead. Fallback: with no working
    /// day in that time (no working days at all, or more than a year of time off) it is
    /// <paramref name="instant"/> itself, so the clock starts when the call came in.
    /// </summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        if (Days.Count == 0)
        {
            return instant;
        }

        var date = DateOnly.FromDateTime(WallClock.LocalOf(instant, Zone));
        for (var i = 0; i <= SearchDays; i++)
        {
            if (On(date.AddDays(i)) is { } hours && instant < hours.End)
            {
                return instant > hours.Start ? instant : hours.Start;
            }
        }

        return instant;
    }

    /// <summary>
    /// Adds <paramref name="span"/> of wall-clock time counted only on working days: from
    /// <paramref name="from"/>, each working day contributes its wall-clock hours from the current
    /// position to local midnight (24 per full day, even on a 23- or 25-hour DST day), days off and
    /// days covered by time off contribute nothing, and the result is where the span runs out, as a
    /// local time converted with <see cref="WallClock.InstantOf"/>. Fallback: when a run of days off
    /// exceeds <see cref="SearchDays"/> days, the rest of the span is counted as plain wall-clock
    /// hours from the start of that run (so with no working days at all this is
    /// <see cref="WallClock.AddLocal"/>); the walk always ends, and a longer span never ends earlier.
    /// </summary>
    public DateTimeOffset AddOverWorkingDays(DateTimeOffset from, TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(span), "Only a forward span can be counted.");
        }

        if (span == TimeSpan.Zero)
        {
            return from;
        }

        if (Days.Count == 0)
        {
            return WallClock.AddLocal(from, span, Zone);
        }

        var position = WallClock.LocalOf(from, Zone);
        var remaining = span;
        var daysOff = 0;
        var daysOffFrom = position;
        while (true)
        {
            var date = DateOnly.FromDateTime(position);
            var midnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
            if (IsWorkingDay(date))
            {
                var left = midnight - position;
                if (remaining <= left)
                {
                    return WallClock.InstantOf(position + remaining, Zone);
                }

                remaining -= left;
                daysOff = 0;
            }
            else
            {
                if (daysOff == 0)
                {
                    daysOffFrom = position;
                }

                if (++daysOff > SearchDays)
                {
                    return WallClock.InstantOf(daysOffFrom + remaining, Zone);
                }
            }

            position = midnight;
        }
    }

    private (DateTimeOffset Start, DateTimeOffset End) Interval(DateOnly date) =>
        (WallClock.InstantOf(date.ToDateTime(Start), Zone), WallClock.InstantOf(date.ToDateTime(End), Zone));

    private bool IsCoveredByTimeOff(DateOnly date)
    {
        if (_timeOff.Length == 0)
        {
            return false;
        }

        var (start, end) = Interval(date);
        foreach (var range in _timeOff)
        {
            if (range.Contains(new TimeRange(start, end)))
            {
                return true;
            }
        }

        return false;
    }

    private static TimeRange[] Merge(IEnumerable<TimeRange> ranges)
    {
        var merged = new List<TimeRange>();
        foreach (var range in ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TimeRange(last.Start, range.End > last.End ? range.End : last.End);
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }
}
