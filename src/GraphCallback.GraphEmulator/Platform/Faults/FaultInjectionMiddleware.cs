using System.Net;
using GraphCallback.GraphEmulator.Platform.Counters;

namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>Applies injected faults to matched Graph routes: 429/503 with Retry-After, 403, added latency, a 503 after serving, or a hold until released.</summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, FaultInjector faults, HeldRequests held, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = RouteTemplate.Of(context);
        if (template is null || template.StartsWith(ControlApi.Prefix, StringComparison.OrdinalIgnoreCase) ||
            faults.ForRequest(context.Request.Method, template, context.Caller().TenantId, context.Request.Path.Value ?? "") is not { } fault)
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
            case FaultKind.Hold:
                await held.ParkAsync(context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                break;
            case FaultKind.UnavailableAfterServing:
                await ServeThenLoseResponseAsync(context, fault).ConfigureAwait(false);
                break;
            case FaultKind.Forbidden:
                await ODataErrors.WriteAsync(context, HttpStatusCode.Forbidden, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.").ConfigureAwait(false);
                break;
            case FaultKind.Throttle:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ODataErrors.WriteAsync(context, HttpStatusCode.TooManyRequests, "TooManyRequests", "Too many requests. Please retry after the time in the Retry-After header.").ConfigureAwait(false);
                break;
            default:
                await UnavailableAsync(context, fault).ConfigureAwait(false);
                break;
        }
    }

    private static async Task UnavailableAsync(HttpContext context, FaultRule fault)
    {
        context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ODataErrors.WriteAsync(context, HttpStatusCode.ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable. Please retry later.").ConfigureAwait(false);
    }

    private async Task ServeThenLoseResponseAsync(HttpContext context, FaultRule fault)
    {
        // The handler writes into a buffer that is thrown away, so the change is made but its answer never leaves.
        var original = context.Response.Body;
        await using (var lost = new MemoryStream())
        {
            context.Response.Body = lost;
            await next(context).ConfigureAwait(false);
        }

        context.Response.Body = original;
        context.Response.Clear();
        await UnavailableAsync(context, fault).ConfigureAwait(false);
    }
}
