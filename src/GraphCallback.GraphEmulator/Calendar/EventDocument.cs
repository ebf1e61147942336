using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// The stored form of an event and the rules Exchange applies on writes: server-set ids, links
/// and timestamps, the defaults a new event gets, start and end kept in UTC with the zones they
/// were written in, and all-day events that must run midnight to midnight.
/// </summary>
public static class EventDocument
{
    public const string TypeName = "microsoft.graph.event";
    public const string ExtendedProperties = "singleValueExtendedProperties";

    /// <summary>Properties the server owns; a PATCH that names them leaves them unchanged.</summary>
    private static readonly HashSet<string> ServerOwned = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "iCalUId", "originalStartTimeZone", "originalEndTimeZone",
        "type", "webLink", "isOrganizer", "organizer", "responseStatus", "transactionId", "hasAttachments", "bodyPreview", "seriesMasterId",
    };

    /// <summary>Reads a POST body into the model, rejecting what the emulator cannot store faithfully.</summary>
    public static Event Parse(JsonObject body)
    {
        var model = OutlookBody.Parse(body, Event.CreateFromDiscriminatorValue, TypeName);
        if (model.Recurrence is not null)
        {
            // Occurrences are not expanded, so a series would silently vanish from calendar views and free/busy.
            throw GraphErrorException.BadRequest("The Graph emulator does not support recurring events.", "ErrorInvalidRequest");
        }

        return model;
    }

    /// <summary>Completes a new event for its organizer and returns its stored JSON.</summary>
    public static string Create(Event model, EmulatedUser owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(owner);
        model.Id = GraphIds.New();
        model.CreatedDateTime = now;
        model.ICalUId = "040000008200E00074C5B7101A82E00800000000" + Convert.ToHexString(RandomNumberGenerator.GetBytes(28));
        model.WebLink = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(model.Id)}&exvsurl=1&path=/calendar/item";
        model.OriginalStartTimeZone = model.Start?.TimeZone ?? GraphTimeZones.Utc;
        model.OriginalEndTimeZone = model.End?.TimeZone ?? GraphTimeZones.Utc;
        model.Type = EventType.SingleInstance;
        model.IsOrganizer = true;
        model.Organizer = new Recipient { EmailAddress = new EmailAddress { Name = owner.DisplayName, Address = owner.Mail ?? owner.UserPrincipalName } };
        model.ResponseStatus = new ResponseStatus { Response = ResponseType.Organizer, Time = DateTimeOffset.MinValue };
        model.HasAttachments = false;
        model.IsCancelled = false;
        model.ResponseRequested ??= true;
        model.IsAllDay ??= false;
        model.IsReminderOn ??= true;
        model.ReminderMinutesBeforeStart ??= 15;
        model.Importance ??= Importance.Normal;
        model.Sensitivity ??= Sensitivity.Normal;
        model.ShowAs ??= FreeBusyStatus.Busy;
        model.Categories ??= [];
        model.Location = CompleteLocation(model.Location, identified: true);
        model.Locations ??= string.IsNullOrEmpty(model.Location.DisplayName) ? [] : [CompleteLocation(new Location { DisplayName = model.Location.DisplayName }, identified: false)];
        model.Attendees ??= [];
        foreach (var attendee in model.Attendees)
        {
            attendee.Type ??= AttendeeType.Required;
            attendee.Status ??= new ResponseStatus { Response = ResponseType.None, Time = DateTimeOffset.MinValue };
        }

        foreach (var property in model.SingleValueExtendedProperties ?? [])
        {
            RequireIdAndValue(property);
        }

        return Normalize(model, now);
    }

    /// <summary>Applies a PATCH: sent properties replace stored ones, extended properties are upserted by id.</summary>
    public static string Merge(JsonObject stored, JsonObject patch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(patch);
        foreach (var (name, value) in patch.Where(p => !ServerOwned.Contains(p.Key) && !p.Key.StartsWith('@') && p.Key != ExtendedProperties))
        {
            stored[name] = value?.DeepClone();
        }

        // A new start or end is a new original zone: that is the zone the user last wrote it in.
        if (patch["start"] is JsonObject start)
        {
            stored["originalStartTimeZone"] = start["timeZone"]?.DeepClone();
        }

        if (patch["end"] is JsonObject end)
        {
            stored["originalEndTimeZone"] = end["timeZone"]?.DeepClone();
        }

        if (patch[ExtendedProperties] is JsonArray properties)
        {
            UpsertExtendedProperties(stored, properties);
        }

        return Normalize(Parse(stored), now);
    }

    private static string Normalize(Event model, DateTimeOffset now)
    {
        var start = GraphTimeZones.ToInstant(model.Start, "start");
        var end = GraphTimeZones.ToInstant(model.End, "end");
        if (end < start)
        {
            throw GraphErrorException.BadRequest("The end of the event is earlier than its start.", "ErrorInvalidRequest");
        }

        if (model.IsAllDay == true && !(IsMidnight(start, model.OriginalStartTimeZone) && IsMidnight(end, model.OriginalEndTimeZone) && end > start))
        {
            throw GraphErrorException.BadRequest(
                "An all-day event must start and end at midnight in its time zone and last at least one day.", "ErrorPropertyValidationFailure");
        }

        model.Start = GraphTimeZones.FromInstant(start, GraphTimeZones.Utc);
        model.End = GraphTimeZones.FromInstant(end, GraphTimeZones.Utc);
        model.Body = EventBody.ToHtml(model.Body);
        model.BodyPreview = EventBody.Preview(model.Body);
        model.LastModifiedDateTime = now;
        model.ChangeKey = ETags.NewChangeKey();
        model.AdditionalData[ETags.Annotation] = ETags.Weak(model.ChangeKey);
        return GraphJson.Serialize(model);
    }

    private static bool IsMidnight(DateTimeOffset instant, string? zone) =>
        GraphTimeZones.LocalTime(instant, zone ?? GraphTimeZones.Utc).TimeOfDay == TimeSpan.Zero;

    /// <summary>Fills a location as Exchange does; the event's own named location gets a private unique id, list entries do not.</summary>
    private static Location CompleteLocation(Location? location, bool identified)
    {
        location ??= new Location { DisplayName = string.Empty };
        location.DisplayName ??= string.Empty;
        location.LocationType ??= LocationType.Default;
        var named = location.DisplayName.Length > 0 && identified;
        location.UniqueId ??= named ? location.DisplayName : null;
        location.UniqueIdType ??= named ? LocationUniqueIdType.Private : LocationUniqueIdType.Unknown;
        return location;
    }

    private static void UpsertExtendedProperties(JsonObject stored, JsonArray changes)
    {
        if (stored[ExtendedProperties] is not JsonArray current)
        {
            current = [];
            stored[ExtendedProperties] = current;
        }

        foreach (var change in changes.OfType<JsonObject>())
        {
            var property = GraphJson.Parse(change, SingleValueLegacyExtendedProperty.CreateFromDiscriminatorValue);
            RequireIdAndValue(property);
            var existing = current.OfType<JsonObject>().FirstOrDefault(p => string.Equals((string?)p["id"], property.Id, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                current.Remove(existing);
            }

            current.Add(GraphJson.ToNode(property));
        }
    }

    private static void RequireIdAndValue(SingleValueLegacyExtendedProperty property)
    {
        if (string.IsNullOrWhiteSpace(property.Id) || property.Value is null)
        {
            throw GraphErrorException.BadRequest("A single-value extended property needs an id and a value.", "ErrorInvalidExtendedProperty");
        }
    }
}
