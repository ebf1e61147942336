using System.Net;
using GraphCallback.GraphEmulator.Platform.Counters;

namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>Applies injected faults to matched Graph routes: 429/503 with Retry-After, or added latency.</summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, FaultInjector faults, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = RouteTemplate.Of(context);
        if (template is null || template.StartsWith(ControlApi.Prefix, StringComparison.OrdinalIgnoreCase) ||
            faults.ForRequest(context.Request.Method, template) is not { } fault)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        switch (fault.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMilliseconds), clock, context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                break;
            case FaultKind.Throttle:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ODataErrors.WriteAsync(context, HttpStatusCode.TooManyRequests, "TooManyRequests", "Too many requests. Please retry after the time in the Retry-After header.").ConfigureAwait(false);
                break;
            default:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ODataErrors.WriteAsync(context, HttpStatusCode.ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable. Please retry later.").ConfigureAwait(false);
                break;
        }
    }
}
