using System.Net;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform.OData;
using GraphCallback.GraphEmulator.Platform.Paging;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Graph-shaped responses: one entity, or a collection paged with @odata.nextLink.</summary>
public static class GraphResults
{
    /// <summary>One entity, serialised by Kiota, with $select applied.</summary>
    public static IResult Entity(HttpContext context, IParsable value, HttpStatusCode status = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Json(Projection.Apply(GraphJson.ToNode(value), ODataQuery.From(context.Request)), status);
    }

    public static IResult Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) => new JsonNodeResult(body, status);

    /// <summary>A collection of model objects: $filter, $orderby, paging and $select applied to their Graph JSON.</summary>
    public static IResult List<T>(HttpContext context, IEnumerable<T> items, int defaultPageSize = Pager.DefaultPageSize)
        where T : IParsable =>
        List(context, items, item => GraphJson.ToNode(item), (item, _) => GraphJson.ToNode(item), defaultPageSize);

    /// <summary>
    /// A collection where the JSON the filter sees differs from the JSON returned (e.g. a message
    /// is filtered on all its extended properties but returns only the expanded ones).
    /// </summary>
    public static IResult List<T>(HttpContext context, IEnumerable<T> items, Func<T, JsonObject> filterView, Func<T, ODataQuery, JsonObject> render, int defaultPageSize = Pager.DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(items);
        var query = ODataQuery.From(context.Request);
        var matching = items.Select(item => (item, view: filterView(item))).Where(x => query.Matches(x.view)).ToList();
        var ordered = query.OrderBy.Count == 0
            ? matching
            : query.Order(matching.Select(x => x.view)).Select(view => matching.First(x => ReferenceEquals(x.view, view))).ToList();
        var page = Pager.Take(context, ordered, query, defaultPageSize);
        var value = new JsonArray(page.Items.Select(x => (JsonNode)Projection.Apply(render(x.item, query), query)).ToArray());
        return Json(Collection(value, page.NextLink, null));
    }

    /// <summary>The collection envelope; Graph writes nextLink before value and deltaLink after it.</summary>
    public static JsonObject Collection(JsonArray value, string? nextLink, string? deltaLink)
    {
        var body = new JsonObject();
        if (nextLink is not null)
        {
            body["@odata.nextLink"] = nextLink;
        }

        body["value"] = value;
        if (deltaLink is not null)
        {
            body["@odata.deltaLink"] = deltaLink;
        }

        return body;
    }

    private sealed class JsonNodeResult(JsonNode body, HttpStatusCode status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = (int)status;
            httpContext.Response.ContentType = GraphJson.ContentType;
            return httpContext.Response.WriteAsync(body.ToJsonString(), httpContext.RequestAborted);
        }
    }
}
