using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// An event as stored: its Graph JSON (start and end in UTC, the zones it was written in kept in
/// originalStartTimeZone/originalEndTimeZone), the facts calendar views and free/busy index on,
/// and the calendar version it was created at (calendarView delta tells new events from old ones by it).
/// </summary>
public sealed record StoredEvent(string Id, string Json, DateTimeOffset Start, DateTimeOffset End, bool IsAllDay, FreeBusyStatus ShowAs, bool IsCancelled, string? TransactionId)
{
    public long CreatedVersion { get; init; }

    public static StoredEvent From(string json)
    {
        var model = GraphJson.Parse(json, Event.CreateFromDiscriminatorValue);
        return new StoredEvent(
            model.Id!,
            json,
            GraphTimeZones.ToInstant(model.Start, "start"),
            GraphTimeZones.ToInstant(model.End, "end"),
            model.IsAllDay == true,
            model.ShowAs ?? FreeBusyStatus.Busy,
            model.IsCancelled == true,
            model.TransactionId);
    }

    public JsonObject ToJson() => JsonNode.Parse(Json)!.AsObject();

    /// <summary>True when the event takes time in [from, to); an event without duration counts at its start.</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) =>
        Start == End ? Start >= from && Start < to : Start < to && End > from;
}
