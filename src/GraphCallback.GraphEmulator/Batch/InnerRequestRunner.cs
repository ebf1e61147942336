using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.AspNetCore.Http.Features;

namespace GraphCallback.GraphEmulator.Batch;

/// <summary>
/// Runs one request of a batch in-process through the application pipeline, as its own
/// HttpContext (so counters, faults, auth and routing treat it as a request of its own), and
/// captures its status, headers and body as a batch response entry.
/// </summary>
public sealed class InnerRequestRunner(AppPipeline app, IHttpContextFactory contexts, ILogger<InnerRequestRunner> logger)
{
    public async Task<JsonObject> RunAsync(HttpContext outer, BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(item);
        var url = item.Url.StartsWith('/') ? item.Url : "/" + item.Url;
        var queryAt = url.IndexOf('?', StringComparison.Ordinal);
        IHeaderDictionary headers = new HeaderDictionary();
        foreach (var (name, value) in item.Headers)
        {
            headers[name] = value;
        }

        // Inner requests are sent on the batch's connection, with its host and credentials.
        headers.Host = outer.Request.Host.Value;
        if (!headers.ContainsKey("Authorization") && outer.Request.Headers.Authorization.Count > 0)
        {
            headers.Authorization = outer.Request.Headers.Authorization;
        }

        headers.ContentLength = item.Body.Length;
        var responseBody = new MemoryStream();
        var bodyFeature = new StreamResponseBodyFeature(responseBody);
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Protocol = outer.Request.Protocol,
            Scheme = outer.Request.Scheme,
            Method = item.Method,
            PathBase = outer.Request.PathBase,
            Path = PathString.FromUriComponent(GraphRequest.Prefix + (queryAt < 0 ? url : url[..queryAt])).Value!,
            QueryString = queryAt < 0 ? string.Empty : url[queryAt..],
            RawTarget = GraphRequest.Prefix + url,
            Headers = headers,
            Body = new MemoryStream(item.Body, writable: false),
        });
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(bodyFeature);
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = outer.RequestAborted });
        features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(item.Body.Length > 0));

        var context = contexts.Create(features);
        try
        {
            await app.Pipeline(context).ConfigureAwait(false);
            await bodyFeature.CompleteAsync().ConfigureAwait(false);
            return Entry(item.Id, context.Response, responseBody.ToArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unhandled failure of one inner request is that request's 500, as Graph reports it, not the batch's.
            logger.LogError(ex, "Batch request {Id} ({Method} {Url}) failed", item.Id, item.Method, item.Url);
            return BatchResponses.Error(item.Id, StatusCodes.Status500InternalServerError, "generalException", "An unexpected error occurred while processing the request.");
        }
        finally
        {
            contexts.Dispose(context);
        }
    }

    private static JsonObject Entry(string id, HttpResponse response, byte[] body)
    {
        var headers = new JsonObject();
        foreach (var (name, values) in response.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
        {
            headers[name] = values.ToString();
        }

        var entry = new JsonObject { ["id"] = id, ["status"] = response.StatusCode, ["headers"] = headers };
        if (body.Length > 0)
        {
            entry["body"] = IsJson(response.ContentType) ? ParseOrBase64(body) : Convert.ToBase64String(body);
        }

        return entry;
    }

    private static bool IsJson(string? contentType) => contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;

    private static JsonNode ParseOrBase64(byte[] body)
    {
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(body)) ?? JsonValue.Create(Convert.ToBase64String(body));
        }
        catch (JsonException)
        {
            return JsonValue.Create(Convert.ToBase64String(body));
        }
    }

    /// <summary>Minimal APIs read a body only when the server says the request can have one.</summary>
    private sealed class BodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody { get; } = canHaveBody;
    }
}
