using GraphCallback.Functions.Api;
using GraphCallback.Storage.CallBackBlocks;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// <c>GET /api/callback-block</c>: today's call-back block for the task pane — when and how long,
/// or why there is none — from the day's record, without a Graph request.
/// </summary>
public static class CallBackBlockEndpoints
{
    public static IEndpointRouteBuilder MapCallBackBlockApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/callback-block", GetAsync).WithName("ApiCallBackBlock").RequireAuthorization(ApiAuthentication.Policy);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(HttpContext context, CallBackBlockStore blocks, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = context.User.Key();
        if (await blocks.GetProfileAsync(user, cancellationToken) is not { } profile)
        {
            return Results.Ok(new { state = "none", calls = 0, reason = "No calls to plan for yet." });
        }

        var zone = PlanningProfiles.HoursOf(profile).Zone;
        var record = await blocks.GetDayAsync(user, PlanDay.Of(time.GetUtcNow(), zone), cancellationToken);
        return Results.Ok(new
        {
            day = record.Day,
            state = record.State switch
            {
                BlockState.Booked => "booked",
                BlockState.NoTime => "noTime",
                BlockState.DeletedByUser => "removedByYou",
                _ => "none",
            },
            start = record.State == BlockState.Booked ? record.Time?.Start : null,
            end = record.State == BlockState.Booked ? record.Time?.End : null,
            calls = record.Calls,
            reason = record.Reason,
            timeZone = zone.Id,
        });
    }
}
