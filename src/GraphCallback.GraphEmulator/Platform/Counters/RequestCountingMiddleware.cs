namespace GraphCallback.GraphEmulator.Platform.Counters;

/// <summary>Counts every request that matched a Graph or identity route (control API calls are not counted).</summary>
public sealed class RequestCountingMiddleware(RequestDelegate next, RequestCounters counters)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RouteTemplate.Of(context) is { } template && !template.StartsWith(ControlApi.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            counters.Increment(RequestCounters.Key(context.Request.Method, template), GraphRequest.IsGraphPath(context.Request.Path) && context.Caller().IsDelegated);
        }

        return next(context);
    }
}
