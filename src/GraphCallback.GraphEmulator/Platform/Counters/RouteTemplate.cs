namespace GraphCallback.GraphEmulator.Platform.Counters;

/// <summary>The route template of the endpoint that matched, the key counters and fault rules use.</summary>
public static class RouteTemplate
{
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : null;
    }
}
