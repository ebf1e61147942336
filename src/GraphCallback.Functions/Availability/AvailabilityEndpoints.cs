using GraphCallback.Core.Availability;
using GraphCallback.Functions.Api;
using GraphCallback.Graph.Connection;

namespace GraphCallback.Functions.Availability;

/// <summary>
/// <c>GET /api/availability?days=3</c>: the signed-in user's next free windows within working
/// hours, in their mailbox's zone, each with the line to leave on a caller's voicemail.
/// </summary>
public static class AvailabilityEndpoints
{
    private const int MaxDays = 14;

    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/availability", GetAsync).WithName("ApiAvailability").RequireAuthorization(ApiAuthentication.Policy);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(int? days, HttpContext context, GraphClients graph, TimeProvider time, CancellationToken cancellationToken)
    {
        var span = days ?? 3;
        if (span is < 1 or > MaxDays)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Must be between 1 and {MaxDays}."] });
        }

        var user = context.User.Key();
        var now = time.GetUtcNow();
        using var client = UserGraph.For(context, graph);
        var (windows, zone) = await UserAvailability.ReadAsync(client, user, UserAvailability.Address(context.User, user), now, span, cancellationToken);
        return Results.Ok(new
        {
            timeZone = zone.Id,
            phrase = AvailabilityPhrase.First(windows, zone, now),
            windows = windows.Select(w => new { start = w.Start, end = w.End, phrase = AvailabilityPhrase.For(w, zone, now) }),
        });
    }
}
