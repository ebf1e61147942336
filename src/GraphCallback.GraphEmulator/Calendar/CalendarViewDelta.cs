using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Delta;
using GraphCallback.GraphEmulator.Platform.OData;
using GraphCallback.GraphEmulator.Platform.Paging;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// calendarView/delta: delta over the events in a window. The platform's DeltaResponder answers
/// for a whole set; a calendar view also has to report an event that left the window as removed
/// and leave out events created outside it, so the window is applied here with the same tokens
/// and paging. An event that existed before the round and is now outside the window is reported
/// removed even if it never was inside: the client ignores a removal of an id it does not hold.
/// </summary>
public static class CalendarViewDelta
{
    public static IResult Respond(HttpContext context, VersionedSet<StoredEvent> events, CalendarWindow window, Func<StoredEvent, ODataQuery, JsonObject> render)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(render);
        var tokens = context.RequestServices.GetRequiredService<DeltaTokens>();
        var query = ODataQuery.From(context.Request);
        var (from, to, skip) = (query.SkipToken ?? query.DeltaToken) is { } text
            ? tokens.Read(text, events.Identity) switch { var t when query.SkipToken is not null => (t.From, t.To, t.Skip), var t => (t.To, events.Version, 0) }
            : (0L, events.Version, 0);

        var changes = events.Changes(from, to)
            .Where(c => c.Item is null || InWindow(c.Item, window) || (from > 0 && c.Item.CreatedVersion <= from))
            .Select(c => (c.Id, Item: c.Item is { } e && InWindow(e, window) ? e : null))
            .ToList();
        var size = Pager.PageSize(context, query, Pager.DefaultPageSize);
        var value = new JsonArray(changes.Skip(skip).Take(size)
            .Select(c => (JsonNode)(c.Item is null ? Removed(c.Id) : Projection.Apply(render(c.Item, query), query)))
            .ToArray());
        var url = context.OriginalUrl();
        return skip + size < changes.Count
            ? GraphResults.Json(GraphResults.Collection(value, Pager.WithQuery(url, context.Request.Query, "$skiptoken", tokens.Issue(events.Identity, from, to, skip + size)), null))
            : GraphResults.Json(GraphResults.Collection(value, null, Pager.WithQuery(url, context.Request.Query, "$deltatoken", tokens.Issue(events.Identity, from, to, 0))));
    }

    private static bool InWindow(StoredEvent stored, CalendarWindow window) => !stored.IsCancelled && stored.Overlaps(window.Start, window.End);

    private static JsonObject Removed(string id) => new()
    {
        ["@odata.type"] = "#microsoft.graph.event",
        ["id"] = id,
        ["@removed"] = new JsonObject { ["reason"] = "deleted" },
    };
}
