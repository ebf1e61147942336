using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Batch;

/// <summary>
/// POST /v1.0/$batch: runs up to 20 requests, each after the requests it depends on; a request
/// whose dependency failed is answered 424 without running. The batch is 200 whatever its
/// requests answered (including 429 with Retry-After); entries come back in request order.
/// </summary>
public static class BatchEndpoint
{
    public static IEndpointRouteBuilder MapBatch(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/$batch", async (HttpContext context, InnerRequestRunner runner) =>
        {
            var items = await BatchPayload.ReadAsync(context.Request).ConfigureAwait(false);
            var results = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in BatchPayload.ExecutionOrder(items))
            {
                var failed = item.DependsOn.FirstOrDefault(d => !BatchResponses.Succeeded(results[d]));
                results[item.Id] = failed is null
                    ? await runner.RunAsync(context, item).ConfigureAwait(false)
                    : BatchResponses.FailedDependency(item.Id, failed);
            }

            return GraphResults.Json(new JsonObject { ["responses"] = new JsonArray(items.Select(i => (JsonNode)results[i.Id]).ToArray()) });
        });

        return graph;
    }
}
