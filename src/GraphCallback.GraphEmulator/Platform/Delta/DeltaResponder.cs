using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform.OData;
using GraphCallback.GraphEmulator.Platform.Paging;

namespace GraphCallback.GraphEmulator.Platform.Delta;

/// <summary>
/// Answers a delta request over a VersionedSet: the first round returns every live item, later
/// rounds return changes since the token's watermark (deletions as @removed); every page but the
/// last carries @odata.nextLink ($skiptoken), the last carries @odata.deltaLink ($deltatoken).
/// </summary>
public static class DeltaResponder
{
    public static IResult Respond<T>(HttpContext context, VersionedSet<T> set, Func<T, ODataQuery, JsonObject> render, string odataType, int defaultPageSize = Pager.DefaultPageSize)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(render);
        var tokens = context.RequestServices.GetRequiredService<DeltaTokens>();
        var query = ODataQuery.From(context.Request);
        var (from, to, skip) = (query.SkipToken ?? query.DeltaToken) is { } text
            ? tokens.Read(text, set.Identity) switch { var t when query.SkipToken is not null => (t.From, t.To, t.Skip), var t => (t.To, set.Version, 0) }
            : (0L, set.Version, 0);

        var changes = set.Changes(from, to);
        var size = Pager.PageSize(context, query, defaultPageSize);
        var page = changes.Skip(skip).Take(size).Select(change => change.Item is null ? Removed(change.Id, odataType) : Projection.Apply(render(change.Item, query), query));
        var value = new JsonArray(page.Select(n => (JsonNode)n).ToArray());
        var url = context.OriginalUrl();
        return skip + size < changes.Count
            ? GraphResults.Json(GraphResults.Collection(value, Pager.WithQuery(url, context.Request.Query, "$skiptoken", tokens.Issue(set.Identity, from, to, skip + size)), null))
            : GraphResults.Json(GraphResults.Collection(value, null, Pager.WithQuery(url, context.Request.Query, "$deltatoken", tokens.Issue(set.Identity, from, to, 0))));
    }

    private static JsonObject Removed(string id, string odataType) => new()
    {
        ["@odata.type"] = odataType,
        ["id"] = id,
        ["@removed"] = new JsonObject { ["reason"] = "deleted" },
    };
}
