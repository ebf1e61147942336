using System.Globalization;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// The startDateTime/endDateTime window of a calendarView request. Values carry their own offset
/// (none means UTC); Prefer: outlook.timezone does not change how they are read.
/// </summary>
public sealed record CalendarWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static CalendarWindow From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = Read(request, "startDateTime");
        var end = Read(request, "endDateTime");
        if (start is null || end is null)
        {
            throw GraphErrorException.BadRequest(
                "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.", "ErrorInvalidParameter");
        }

        return end < start
            ? throw GraphErrorException.BadRequest("The parameter 'EndDateTime' must be later than 'StartDateTime'.", "ErrorInvalidParameter")
            : new CalendarWindow(start.Value, end.Value);
    }

    /// <summary>The events in the window, ordered by start (then end), as calendarView returns them.</summary>
    public IEnumerable<StoredEvent> Select(IEnumerable<StoredEvent> events) =>
        events.Where(e => !e.IsCancelled && e.Overlaps(Start, End)).OrderBy(e => e.Start).ThenBy(e => e.End);

    private static DateTimeOffset? Read(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw GraphErrorException.BadRequest($"The value '{text}' of the parameter '{name}' is not a valid date and time.", "ErrorInvalidParameter");
    }
}
