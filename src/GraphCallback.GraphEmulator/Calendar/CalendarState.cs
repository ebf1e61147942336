using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>Every user's calendar, created on first use.</summary>
public sealed class CalendarState(ChangeFeed changes) : IResettable
{
    private readonly ConcurrentDictionary<string, UserCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);

    public UserCalendar For(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _calendars.GetOrAdd(user.Id, _ => new UserCalendar(user, changes));
    }

    public void Reset() => _calendars.Clear();
}
