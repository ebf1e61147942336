using System.Net;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Writes Graph's error body {"error":{"code","message","innerError":{date, request-id, client-request-id}}}.</summary>
public static class ODataErrors
{
    public static async Task WriteAsync(HttpContext context, HttpStatusCode status, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var requestId = context.TraceIdentifier;
        var error = new ODataError
        {
            Error = new MainError
            {
                Code = code,
                Message = message,
                InnerError = new InnerError
                {
                    Date = clock.GetUtcNow(),
                    RequestId = requestId,
                    ClientRequestId = context.Request.Headers["client-request-id"].FirstOrDefault() ?? requestId,
                },
            },
        };
        context.Response.StatusCode = (int)status;
        context.Response.Headers["request-id"] = requestId;
        context.Response.ContentType = GraphJson.ContentType;
        await context.Response.WriteAsync(GraphJson.Serialize(error), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>An IResult for handlers that prefer returning to throwing.</summary>
    public static IResult Result(HttpStatusCode status, string code, string message) => new ErrorResult(status, code, message);

    private sealed class ErrorResult(HttpStatusCode status, string code, string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, status, code, message);
    }
}
