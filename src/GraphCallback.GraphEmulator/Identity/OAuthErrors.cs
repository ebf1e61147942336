using System.Net;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>Entra ID's token endpoint error body: error, error_description (with an AADSTS code), error_codes, timestamp, trace ids.</summary>
public static class OAuthErrors
{
    public static IResult Result(TimeProvider clock, HttpStatusCode status, string error, int code, string description)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var traceId = Guid.NewGuid().ToString();
        return Results.Json(
            new Dictionary<string, object>
            {
                ["error"] = error,
                ["error_description"] = $"AADSTS{code}: {description}",
                ["error_codes"] = new[] { code },
                ["timestamp"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["trace_id"] = traceId,
                ["correlation_id"] = traceId,
            },
            statusCode: (int)status);
    }
}
