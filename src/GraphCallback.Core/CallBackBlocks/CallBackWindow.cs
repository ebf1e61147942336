using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.CallBackBlocks;

/// <summary>
/// One of the user's daily call-back windows (the main one, and optionally a second): each gets
/// its own block. The block being planned is the one of the window still to come or under way,
/// so calls that arrive after the first block go to the second, and the first is left as it was.
/// </summary>
/// <param name="Number">1 for the main window, 2 for the second.</param>
/// <param name="Start">Local start.</param>
/// <param name="End">Local end.</param>
public sealed record CallBackWindow(int Number, TimeOnly Start, TimeOnly End)
{
    /// <summary>The user's windows in the order of the day.</summary>
    public static IReadOnlyList<CallBackWindow> All(UserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<CallBackWindow> windows = [new(1, settings.CallBackWindowStart, settings.CallBackWindowEnd)];
        if (settings.SecondCallBackWindowStart is { } start && settings.SecondCallBackWindowEnd is { } end)
        {
            windows.Add(new(2, start, end));
        }

        return [.. windows.OrderBy(w => w.Start)];
    }

    /// <summary>The window whose block is planned at <paramref name="now"/>: the first not yet over, else the day's last.</summary>
    public static CallBackWindow Current(UserSettings settings, DateOnly day, DateTimeOffset now, TimeZoneInfo zone)
    {
        var windows = All(settings);
        return windows.FirstOrDefault(w => w.On(day, zone).End > now) ?? windows[^1];
    }

    /// <summary>The window on <paramref name="day"/> as instants.</summary>
    public TimeRange On(DateOnly day, TimeZoneInfo zone) =>
        new(WallClock.InstantOf(day.ToDateTime(Start), zone), WallClock.InstantOf(day.ToDateTime(End), zone));
}
