using System.Net;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Turns GraphErrorException (and unmatched Graph routes) into Graph's OData error responses.</summary>
public sealed class GraphErrorMiddleware(RequestDelegate next, ILogger<GraphErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
            if (context.Response is { StatusCode: 404, HasStarted: false } && context.GetEndpoint() is null && GraphRequest.IsGraphPath(context.Request.Path))
            {
                // Graph answers an unknown segment with a 400 naming it; keeping that shape tells SDK users the URL is wrong, not the item.
                await ODataErrors.WriteAsync(context, HttpStatusCode.BadRequest, "BadRequest", $"Resource not found for the segment '{LastSegment(context)}'.").ConfigureAwait(false);
            }
        }
        catch (GraphErrorException ex) when (!context.Response.HasStarted)
        {
            logger.LogInformation("Graph error {Status} {Code}: {Message}", (int)ex.Status, ex.Code, ex.Message);
            await ODataErrors.WriteAsync(context, ex.Status, ex.Code, ex.Message).ConfigureAwait(false);
        }
    }

    private static string LastSegment(HttpContext context) =>
        context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
}
