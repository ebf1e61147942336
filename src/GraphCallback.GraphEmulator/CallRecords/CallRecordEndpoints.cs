using System.Globalization;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>
/// GET /communications/callRecords/{id} ($expand=sessions($expand=segments), participants_v2) and
/// getPstnCalls(fromDateTime,toDateTime) paged with @odata.nextLink.
/// </summary>
public static class CallRecordEndpoints
{
    private const int PstnPageSize = 1000;
    private static readonly TimeSpan MaxPstnRange = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapCallRecords(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/communications/callRecords/microsoft.graph.callRecords.getPstnCalls", PstnCalls);
        graph.MapGet("/communications/callRecords/getPstnCalls", PstnCalls);

        graph.MapGet("/communications/callRecords/{id}", (HttpContext context, string id, CallRecordsState records) =>
        {
            var query = ODataQuery.From(context.Request);
            return GraphResults.Json(Projection.Apply(Render(Find(context, id, records), query), query));
        });

        graph.MapGet("/communications/callRecords/{id}/sessions", (HttpContext context, string id, CallRecordsState records) =>
        {
            var sessions = Find(context, id, records)["sessions"] as JsonArray ?? [];
            return GraphResults.List(context, sessions.OfType<JsonObject>(), s => s, (s, q) => WithoutUnexpanded(s, q, "segments"), 60);
        });

        return graph;
    }

    private static JsonObject Find(HttpContext context, string id, CallRecordsState records) =>
        JsonNode.Parse(records.Find(context.Caller().TenantId, id)
            ?? throw GraphErrorException.NotFound($"Call record '{id}' was not found.", "NotFound"))!.AsObject();

    // Sessions and participants_v2 are relationships: returned only when expanded, and segments only when expanded inside sessions.
    private static JsonObject Render(JsonObject record, ODataQuery query)
    {
        WithoutUnexpanded(record, query, "sessions", "participants_v2");
        if (record["sessions"] is JsonArray sessions)
        {
            var nested = query.Expanded("sessions")!.Options;
            foreach (var session in sessions.OfType<JsonObject>())
            {
                WithoutUnexpanded(session, nested, "segments");
            }
        }

        return record;
    }

    private static JsonObject WithoutUnexpanded(JsonObject item, ODataQuery query, params string[] relationships)
    {
        foreach (var relationship in relationships.Where(r => query.Expanded(r) is null))
        {
            item.Remove(relationship);
        }

        return item;
    }

    private static IResult PstnCalls(HttpContext context, CallRecordsState records)
    {
        var parameters = context.FunctionParameters();
        var from = Instant(parameters, "fromDateTime");
        var to = Instant(parameters, "toDateTime");
        if (to <= from || to - from > MaxPstnRange)
        {
            throw GraphErrorException.BadRequest("The date range must be positive and at most 90 days.");
        }

        var rows = records.Pstn(context.Caller().TenantId, from, to).Select(json => JsonNode.Parse(json)!.AsObject());
        return GraphResults.List(context, rows, r => r, (r, _) => r, PstnPageSize);
    }

    private static DateTimeOffset Instant(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw GraphErrorException.BadRequest($"The parameter '{name}' is missing or is not a valid DateTimeOffset.");
}
