using GraphCallback.Core.Availability;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Replies;
using GraphCallback.Functions.Api;
using GraphCallback.Functions.Availability;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Replies;
using GraphCallback.Storage.FollowUps;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// <c>POST /api/followups/{id}/email-offer?kind=offer|decline</c>: drafts (never sends) an e-mail
/// to the caller in the user's mailbox; the user reviews and sends it. 409 when no address is known.
/// </summary>
public static class EmailOfferEndpoint
{
    private const int DaysAhead = 5;

    public static IEndpointRouteBuilder MapEmailOffer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/followups/{id}/email-offer", CreateAsync).WithName("ApiFollowUpEmailOffer").RequireAuthorization(ApiAuthentication.Policy);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        string id, string? kind, HttpContext context, FollowUpStore store, GraphClients graph, TimeProvider time, CancellationToken cancellationToken)
    {
        if (kind is not (null or "offer" or "decline"))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Use 'offer' or 'decline'."] });
        }

        var user = context.User.Key();
        if (!FollowUpId.TryParse(id, out var followUpId) || await store.GetAsync(user, followUpId, cancellationToken) is not { } stored)
        {
            return FollowUpChange.NotFound();
        }

        var caller = stored.FollowUp.Caller;
        if (string.IsNullOrWhiteSpace(caller.Email))
        {
            return Results.Problem(title: "No e-mail address for this caller", statusCode: StatusCodes.Status409Conflict);
        }

        using var client = UserGraph.For(context, graph);
        CallerReply reply;
        if (kind == "decline")
        {
            reply = CallerReply.Decline(caller.DisplayName);
        }
        else
        {
            var now = time.GetUtcNow();
            var (windows, zone) = await UserAvailability.ReadAsync(client, user, UserAvailability.Address(context.User, user), now, DaysAhead, cancellationToken);
            reply = CallerReply.Offer(caller.DisplayName, AvailabilityPhrase.First(windows, zone, now));
        }

        var (draftId, webLink) = await new DraftWriter(client).CreateAsync(user.ObjectId, caller.Email, reply.Subject, reply.Body, cancellationToken);
        return Results.Json(new { id = draftId, webLink }, statusCode: StatusCodes.Status201Created);
    }
}
