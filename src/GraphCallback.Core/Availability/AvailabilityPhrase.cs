using System.Globalization;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Availability;

/// <summary>
/// Says a free window the way one would on a voicemail: "You can reach me Tuesday between 2 and
/// 4 pm", in the user's local time, so the caller hears a day and a time, not a timestamp.
/// </summary>
public static class AvailabilityPhrase
{
    public static string For(FreeWindow window, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(zone);
        var start = WallClock.LocalOf(window.Start, zone);
        var end = WallClock.LocalOf(window.End, zone);
        var today = DateOnly.FromDateTime(WallClock.LocalOf(now, zone));
        var date = DateOnly.FromDateTime(start);
        var day = date == today ? "today"
            : date == today.AddDays(1) ? "tomorrow"
            : start.ToString("dddd", CultureInfo.InvariantCulture);
        var sameHalf = start.Hour < 12 == end.Hour < 12;
        var from = Time(start, withHalf: !sameHalf);
        return $"You can reach me {day} between {from} and {Time(end, withHalf: true)}";
    }

    /// <summary>The first phrase of <paramref name="windows"/>, or a plain line when none is free.</summary>
    public static string First(IReadOnlyList<FreeWindow> windows, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return windows.Count == 0 ? "I will call you back as soon as I can" : For(windows[0], zone, now);
    }

    private static string Time(DateTime local, bool withHalf)
    {
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? string.Empty : ":" + local.Minute.ToString("00", CultureInfo.InvariantCulture);
        var half = local.Hour < 12 ? " am" : " pm";
        return $"{hour.ToString(CultureInfo.InvariantCulture)}{minutes}{(withHalf ? half : string.Empty)}";
    }
}
