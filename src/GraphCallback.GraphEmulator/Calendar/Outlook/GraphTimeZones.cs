using System.Globalization;
using System.Net;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar.Outlook;

/// <summary>
/// Time zone names as Graph accepts them (Windows ids such as "W. Europe Standard Time" and IANA
/// ids such as "Europe/Berlin") and conversions between dateTimeTimeZone values and instants.
/// </summary>
public static class GraphTimeZones
{
    public const string Utc = "UTC";

    /// <summary>Graph writes local times with seven fractional digits and no offset.</summary>
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    /// <summary>Resolves a zone name; an unknown one is Graph's 400 TimeZoneNotSupportedException.</summary>
    public static TimeZoneInfo Find(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(name.Trim());
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Reported below with Graph's wording, which names the zone.
            }
        }

        throw new GraphErrorException(
            HttpStatusCode.BadRequest,
            "TimeZoneNotSupportedException",
            $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{name}'.");
    }

    /// <summary>The instant a dateTimeTimeZone names; an explicit offset in dateTime wins over timeZone.</summary>
    public static DateTimeOffset ToInstant(DateTimeTimeZone? value, string property)
    {
        if (value?.DateTime is not { } text ||
            !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            throw GraphErrorException.BadRequest($"The value of '{property}' is missing or is not a valid dateTimeTimeZone.", "ErrorInvalidRequest");
        }

        if (parsed.Kind == DateTimeKind.Utc)
        {
            return new DateTimeOffset(parsed, TimeSpan.Zero);
        }

        return FromLocal(DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified), Find(value.TimeZone ?? Utc));
    }

    /// <summary>The instant of a wall-clock time in a zone.</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);

        // A time inside a spring-forward gap does not exist; Exchange moves it forward by the gap,
        // which is what reading it with the offset in force before the gap does.
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(-3)) : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>An instant as Graph returns it: wall-clock time in the named zone, labelled with that name.</summary>
    public static DateTimeTimeZone FromInstant(DateTimeOffset instant, string zoneName) =>
        Label(TimeZoneInfo.ConvertTime(instant, Find(zoneName)).DateTime, zoneName);

    /// <summary>A wall-clock time labelled with a zone name, without conversion.</summary>
    public static DateTimeTimeZone Label(DateTime local, string zoneName) =>
        new() { DateTime = local.ToString(WireFormat, CultureInfo.InvariantCulture), TimeZone = zoneName };

    /// <summary>The wall-clock time of an instant in a zone.</summary>
    public static DateTime LocalTime(DateTimeOffset instant, string zoneName) => TimeZoneInfo.ConvertTime(instant, Find(zoneName)).DateTime;
}
