using System.Globalization;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;
using GraphCallback.GraphEmulator.Platform.Paging;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>
/// GET /communications/callRecords (listed with a startDateTime or participant filter, without
/// relationships), GET /communications/callRecords/{id} ($expand=sessions($expand=segments),
/// participants_v2; sessions 60 a page with sessions@odata.nextLink) and
/// getPstnCalls(fromDateTime,toDateTime) paged with @odata.nextLink.
/// </summary>
public static class CallRecordEndpoints
{
    private const int PstnPageSize = 1000;
    private const int SessionPageSize = 60;

    // Graph does not document the list's page size; a small one makes clients follow nextLink.
    private const int ListPageSize = 10;
    private static readonly TimeSpan MaxPstnRange = TimeSpan.FromDays(90);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public static IEndpointRouteBuilder MapCallRecords(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/communications/callRecords/microsoft.graph.callRecords.getPstnCalls", PstnCalls);
        graph.MapGet("/communications/callRecords/getPstnCalls", PstnCalls);

        graph.MapGet("/communications/callRecords", (HttpContext context, CallRecordsState records, TimeProvider clock) =>
        {
            CallRecordListFilter.EnsureSupported(ODataQuery.From(context.Request).Filter);
            var listed = records.List(context.Caller().TenantId, clock.GetUtcNow() - Retention).Select(json => JsonNode.Parse(json)!.AsObject());
            return GraphResults.List(context, listed, r => r, (r, _) => WithoutUnexpanded(r.DeepClone().AsObject(), ODataQuery.Empty, "sessions", "participants_v2"), ListPageSize);
        });

        graph.MapGet("/communications/callRecords/{id}", (HttpContext context, string id, CallRecordsState records) =>
        {
            var query = ODataQuery.From(context.Request);
            return GraphResults.Json(Projection.Apply(Render(context, id, Find(context, id, records), query), query));
        });

        graph.MapGet("/communications/callRecords/{id}/sessions", (HttpContext context, string id, CallRecordsState records) =>
        {
            var sessions = Find(context, id, records)["sessions"] as JsonArray ?? [];
            return GraphResults.List(context, sessions.OfType<JsonObject>(), s => s, (s, q) => WithoutUnexpanded(s.DeepClone().AsObject(), q, "segments"), SessionPageSize);
        });

        return graph;
    }

    private static JsonObject Find(HttpContext context, string id, CallRecordsState records) =>
        JsonNode.Parse(records.Find(context.Caller().TenantId, id)
            ?? throw GraphErrorException.NotFound($"Call record '{id}' was not found.", "NotFound"))!.AsObject();

    // Sessions and participants_v2 are relationships: returned only when expanded, and segments only
    // when expanded inside sessions. Expanded sessions stop at one page; the link to the rest has the
    // shape of Microsoft's example (Get callRecord), "$metadata#" included.
    private static JsonObject Render(HttpContext context, string id, JsonObject record, ODataQuery query)
    {
        WithoutUnexpanded(record, query, "sessions", "participants_v2");
        if (record["sessions"] is JsonArray sessions)
        {
            var nested = query.Expanded("sessions")!.Options;
            foreach (var session in sessions.OfType<JsonObject>())
            {
                WithoutUnexpanded(session, nested, "segments");
            }

            if (sessions.Count > SessionPageSize)
            {
                record["sessions"] = new JsonArray(sessions.Take(SessionPageSize).Select(s => s!.DeepClone()).ToArray());
                var expand = nested.Expanded("segments") is null ? string.Empty : "$expand=segments&";
                record["sessions@odata.nextLink"] = $"{context.BaseUrl()}{GraphRequest.Prefix}/$metadata#communications/callRecords('{id}')/sessions?{expand}$skiptoken={Pager.EncodeOffset(SessionPageSize)}";
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
