using System.Text;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar.Schedule;

/// <summary>
/// scheduleInformation.availabilityView: one digit per interval from the start of the window,
/// the last interval possibly cut short by its end. An interval shows the strongest status of the
/// items overlapping it: 3 out of office over 2 busy over 1 tentative over 0 free. Working
/// elsewhere is 0, not 4: Graph documents that it keeps 0 for backward compatibility.
/// </summary>
public static class AvailabilityView
{
    public static string Compute(DateTimeOffset start, DateTimeOffset end, TimeSpan interval, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End, FreeBusyStatus Status)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        }

        var view = new StringBuilder();
        for (var slotStart = start; slotStart < end; slotStart += interval)
        {
            var slotEnd = slotStart + interval < end ? slotStart + interval : end;
            var digit = items.Where(i => i.Start < slotEnd && i.End > slotStart).Select(i => Digit(i.Status)).DefaultIfEmpty(0).Max();
            view.Append((char)('0' + digit));
        }

        return view.ToString();
    }

    public static int Digit(FreeBusyStatus status) => status switch
    {
        FreeBusyStatus.Tentative => 1,
        FreeBusyStatus.Busy => 2,
        FreeBusyStatus.Oof => 3,
        _ => 0,
    };
}
