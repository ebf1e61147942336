using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Batch;

/// <summary>One request of a JSON batch: id, method, url relative to /v1.0, headers, body bytes and dependsOn.</summary>
public sealed record BatchItem(string Id, string Method, string Url, IReadOnlyDictionary<string, string> Headers, byte[] Body, IReadOnlyList<string> DependsOn);

/// <summary>
/// Reads and validates a $batch body as Graph does: at most 20 requests, ids unique (ignoring
/// case), every dependsOn naming another request of the batch, and no cycles. A malformed batch
/// fails as a whole with 400.
/// </summary>
public static class BatchPayload
{
    public const int MaxRequests = 20;

    public static async Task<IReadOnlyList<BatchItem>> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw Invalid("Invalid batch payload format: " + ex.Message);
        }

        if (root?["requests"] is not JsonArray requests || requests.Count == 0)
        {
            throw Invalid("Invalid batch payload format: the body needs a non-empty 'requests' array.");
        }

        if (requests.Count > MaxRequests)
        {
            throw Invalid($"The batch contains {requests.Count} requests; a JSON batch is limited to {MaxRequests}.");
        }

        var items = requests.Select(Item).ToList();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items.Where(item => !ids.Add(item.Id)))
        {
            throw Invalid($"The batch contains more than one request with the id '{item.Id}'.");
        }

        foreach (var (item, dependency) in items.SelectMany(i => i.DependsOn.Select(d => (i, d))).Where(x => !ids.Contains(x.d)))
        {
            throw Invalid($"Request '{item.Id}' depends on '{dependency}', which is not in the batch.");
        }

        return items;
    }

    /// <summary>The requests in an order that runs every request after its dependencies, otherwise keeping the batch's order.</summary>
    public static IReadOnlyList<BatchItem> ExecutionOrder(IReadOnlyList<BatchItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<BatchItem>();
        while (ordered.Count < items.Count)
        {
            var ready = items.FirstOrDefault(i => !done.Contains(i.Id) && i.DependsOn.All(done.Contains))
                ?? throw Invalid("The dependsOn references of the batch form a cycle.");
            ordered.Add(ready);
            done.Add(ready.Id);
        }

        return ordered;
    }

    private static BatchItem Item(JsonNode? node)
    {
        if (node is not JsonObject request)
        {
            throw Invalid("Invalid batch payload format: every request must be a JSON object.");
        }

        string Required(string name) =>
            (request[name] as JsonValue)?.ToString() is { Length: > 0 } value ? value : throw Invalid($"Every request of a batch needs '{name}'.");

        var headers = (request["headers"] as JsonObject)?.ToDictionary(h => h.Key, h => h.Value?.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dependsOn = (request["dependsOn"] as JsonArray)?.Select(d => d?.ToString() ?? string.Empty).ToList() ?? [];
        var id = Required("id");
        var body = request["body"];
        if (body is not null && !headers.ContainsKey("Content-Type"))
        {
            throw Invalid($"Request '{id}' has a body but no Content-Type header.");
        }

        return new BatchItem(id, Required("method").ToUpperInvariant(), Required("url"), headers, Bytes(id, body, headers), dependsOn);
    }

    /// <summary>A JSON body is sent as JSON; any other content type arrives base64-encoded in a JSON string.</summary>
    private static byte[] Bytes(string id, JsonNode? body, IReadOnlyDictionary<string, string> headers)
    {
        if (body is null)
        {
            return [];
        }

        if (headers["Content-Type"].Contains("json", StringComparison.OrdinalIgnoreCase) || body is not JsonValue)
        {
            return Encoding.UTF8.GetBytes(body.ToJsonString());
        }

        try
        {
            return Convert.FromBase64String(body.GetValue<string>());
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw Invalid($"The body of request '{id}' is neither JSON nor base64.");
        }
    }

    private static GraphErrorException Invalid(string message) => GraphErrorException.BadRequest(message);
}
