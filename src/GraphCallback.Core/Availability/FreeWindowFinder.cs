using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Availability;

/// <summary>
/// Finds when the user can take calls: the gaps between busy times inside working hours, on the
/// next working days in the user's own zone, long enough for a conversation.
/// </summary>
public static class FreeWindowFinder
{
    /// <summary>Shorter gaps are not worth naming to a caller.</summary>
    public static readonly TimeSpan MinimumLength = TimeSpan.FromMinutes(30);

    /// <param name="busy">Booked times as instants, in any order, possibly overlapping.</param>
    /// <param name="hours">The user's working week and zone.</param>
    /// <param name="from">Now: nothing earlier is offered.</param>
    /// <param name="days">How many calendar days, starting with today in the user's zone, to look at.</param>
    public static IReadOnlyList<FreeWindow> Find(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> busy, WorkingHours hours, DateTimeOffset from, int days)
    {
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentNullException.ThrowIfNull(hours);
        var booked = busy.Where(b => b.End > b.Start).OrderBy(b => b.Start).ToList();
        var today = DateOnly.FromDateTime(WallClock.LocalOf(from, hours.Zone));
        var windows = new List<FreeWindow>();
        for (var day = 0; day < days; day++)
        {
            if (hours.On(today.AddDays(day)) is not { } working)
            {
                continue;
            }

            var cursor = working.Start > from ? working.Start : from;
            foreach (var (start, end) in booked.Where(b => b.End > cursor && b.Start < working.End))
            {
                Add(windows, cursor, start < working.End ? start : working.End);
                if (end > cursor)
                {
                    cursor = end;
                }
            }

            Add(windows, cursor, working.End);
        }

        return windows;
    }

    private static void Add(List<FreeWindow> windows, DateTimeOffset start, DateTimeOffset end)
    {
        if (end - start >= MinimumLength)
        {
            windows.Add(new FreeWindow(start, end));
        }
    }
}
