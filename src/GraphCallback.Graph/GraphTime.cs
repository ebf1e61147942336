using System.Globalization;
using GraphCallback.Core.Sla;
using Microsoft.Graph.Models;

namespace GraphCallback.Graph;

/// <summary>Converts Graph's dateTimeTimeZone (a local time plus a Windows or IANA zone name) to and from instants.</summary>
public static class GraphTime
{
    public static DateTimeOffset ToInstant(DateTimeTimeZone value, TimeZoneInfo fallbackZone)
    {
        ArgumentNullException.ThrowIfNull(value);
        var local = DateTime.Parse(value.DateTime ?? throw new InvalidDataException("dateTimeTimeZone without a dateTime."), CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = UserTimeZone.TryFind(value.TimeZone, out var named) ? named : fallbackZone;
        return WallClock.InstantOf(local, zone);
    }

    public static DateTimeTimeZone FromInstant(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        // Outlook knows every Windows zone name but only some IANA ones: send the Windows name when there is one.
        return new DateTimeTimeZone
        {
            DateTime = WallClock.LocalOf(instant, zone).ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            TimeZone = TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : zone.Id,
        };
    }
}
