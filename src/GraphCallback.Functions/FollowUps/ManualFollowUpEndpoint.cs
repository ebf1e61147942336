using System.Security.Claims;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Api;
using GraphCallback.Functions.Sync;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Mailboxes;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Settings;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// <c>POST /api/followups</c>: a follow-up entered by hand, ingested like any captured call under
/// the owner's policy. An assistant may enter one for a colleague only when the colleague's own
/// settings list the assistant's object id as a delegate; otherwise the answer is 403. With an
/// Idempotency-Key a repeated create answers with the follow-up the first one made.
/// </summary>
public static class ManualFollowUpEndpoint
{
    public static IEndpointRouteBuilder MapManualFollowUp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/followups", CreateAsync).WithName("ApiFollowUpCreate").RequireAuthorization(ApiAuthentication.Policy);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        ManualFollowUpRequest body, HttpRequest http, ClaimsPrincipal principal, FollowUpStore followUps, SyncRequests sync, SettingsStore settings, GraphClients graph, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (once, malformed) = IdempotencyKey.Read(http, "create", principal.Key().PartitionKey, body);
        if (malformed is not null)
        {
            return malformed;
        }

        var signedIn = principal.Key();
        var client = graph.ForTenant(signedIn.TenantId);
        var owner = await OwnerAsync(body.ForUser, signedIn, client, cancellationToken);
        if (owner is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["forUser"] = ["No such colleague in your organisation."] });
        }

        var (ownerSettings, _) = await settings.GetAsync(owner, cancellationToken);
        if (owner != signedIn && !ownerSettings.AllowsDelegate(signedIn.ObjectId))
        {
            return Results.Problem(title: "Not a delegate", detail: "This colleague has not listed you as a delegate in their settings.", statusCode: StatusCodes.Status403Forbidden);
        }

        var number = PhoneNumber.Parse(body.Number, ownerSettings.DefaultRegion);
        if (!number.IsKnown)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["number"] = ["Must be a phone number."] });
        }

        if (once is not null && await followUps.FindRequestAsync(owner, once, cancellationToken) is { } earlier && !earlier.Matches(once))
        {
            return IdempotencyKey.Reused();
        }

        var mailbox = await new MailboxSettingsReader(client).ReadAsync(owner.ObjectId, cancellationToken);
        var now = time.GetUtcNow();
        var call = new CallEvent(
            new CallEventKey(CallSourceKind.Manual, Guid.NewGuid().ToString("N")),
            new Caller(number, string.IsNullOrWhiteSpace(body.Name) ? null : body.Name.Trim()),
            now,
            transcript: string.IsNullOrWhiteSpace(body.Note) ? null : body.Note);
        var result = await followUps.IngestAsync(owner, call, ownerSettings.ToPolicy(mailbox.WorkingHours), once, cancellationToken);
        await sync.RequestAfterCommitAsync(owner, [result.FollowUpId], cancellationToken);
        return Results.Json(
            new { id = result.FollowUpId.ToString(), outcome = JsonNaming.Camel(result.Outcome.ToString()), forUser = owner.ObjectId },
            statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The signed-in user, or the colleague named by object id or UPN within the same tenant.</summary>
    private static async Task<UserKey?> OwnerAsync(string? forUser, UserKey signedIn, Microsoft.Graph.GraphServiceClient client, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(forUser))
        {
            return signedIn;
        }

        if (Guid.TryParse(forUser, out _))
        {
            return new UserKey(signedIn.TenantId, forUser);
        }

        try
        {
            var user = await client.Users[forUser].GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken);
            return user?.Id is { } id ? new UserKey(signedIn.TenantId, id) : null;
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }
}
