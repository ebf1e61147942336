using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// Shapes a stored event for a response: extended properties only when expanded (narrowed by the
/// expand's $filter), start and end in the preferred zone. All-day events keep their dates: they
/// are returned as midnight to midnight, labelled with the preferred zone, as Outlook does.
/// </summary>
public static class EventRendering
{
    /// <summary>The JSON $filter runs against: the whole event, every extended property included.</summary>
    public static JsonObject FilterView(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.ToJson();
    }

    public static JsonObject Render(StoredEvent stored, ODataQuery query, string zone)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(query);
        var json = stored.ToJson();
        if (query.Expanded(EventDocument.ExtendedProperties) is { } expand)
        {
            if (json[EventDocument.ExtendedProperties] is not JsonArray properties)
            {
                json[EventDocument.ExtendedProperties] = new JsonArray();
            }
            else if (expand.Options.Filter is { } filter)
            {
                foreach (var property in properties.OfType<JsonObject>().Where(p => !FilterEvaluator.Matches(filter, p)).ToList())
                {
                    properties.Remove(property);
                }
            }
        }
        else
        {
            json.Remove(EventDocument.ExtendedProperties);
        }

        json["start"] = Time(stored, stored.Start, (string?)json["originalStartTimeZone"], zone);
        json["end"] = Time(stored, stored.End, (string?)json["originalEndTimeZone"], zone);
        return json;
    }

    private static JsonObject Time(StoredEvent stored, DateTimeOffset instant, string? originalZone, string zone)
    {
        var value = stored.IsAllDay
            ? GraphTimeZones.Label(GraphTimeZones.LocalTime(instant, originalZone ?? GraphTimeZones.Utc), zone)
            : GraphTimeZones.FromInstant(instant, zone);
        return Platform.GraphJson.ToNode(value);
    }
}
