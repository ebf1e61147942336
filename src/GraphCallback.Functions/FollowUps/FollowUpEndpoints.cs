using System.Security.Claims;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Api;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Settings;
using Microsoft.Net.Http.Headers;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// The task pane's follow-up API. Every read and write is scoped to the caller's own partition,
/// so another user's follow-up is simply not found (404), never forbidden.
/// </summary>
public static class FollowUpEndpoints
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/followups").RequireAuthorization(ApiAuthentication.Policy);
        api.MapGet(string.Empty, ListAsync).WithName("ApiFollowUps");
        api.MapGet("/{id}", GetAsync).WithName("ApiFollowUp");
        api.MapGet("/by-item/{itemId}", GetByItemAsync).WithName("ApiFollowUpByItem");
        api.MapPost("/{id}/attempts", LogAttemptAsync).WithName("ApiFollowUpAttempts");
        api.MapPost("/{id}/snooze", SnoozeAsync).WithName("ApiFollowUpSnooze");
        api.MapPost("/{id}/dismiss", DismissAsync).WithName("ApiFollowUpDismiss");
        api.MapPost("/{id}/reopen", ReopenAsync).WithName("ApiFollowUpReopen");
        endpoints.MapManualFollowUp();
        endpoints.MapEmailOffer();
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        string? status, ClaimsPrincipal principal, FollowUpStore store, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var all = status switch
        {
            null or "" or "open" => false,
            "all" => true,
            _ => (bool?)null,
        };
        if (all is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use 'open' or 'all'."] });
        }

        var user = principal.Key();
        var now = time.GetUtcNow();
        var policy = (await settings.GetAsync(user, cancellationToken)).Settings.ToSlaPolicy();
        var followUps = await store.ListAsync(user, pendingOnly: !all.Value, cancellationToken);
        return Results.Ok(followUps.Where(f => all.Value || !f.IsSnoozedAt(now)).Select(f => FollowUpView.From(f, policy, now)));
    }

    private static async Task<IResult> GetAsync(
        string id, HttpContext context, FollowUpStore store, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!FollowUpId.TryParse(id, out var followUpId))
        {
            return FollowUpChange.NotFound();
        }

        var user = context.User.Key();
        var stored = await store.GetAsync(user, followUpId, cancellationToken);
        if (stored is null)
        {
            return FollowUpChange.NotFound();
        }

        context.Response.Headers[HeaderNames.ETag] = stored.ETag.ToString();
        return await DetailAsync(stored.FollowUp, user, settings, time, cancellationToken);
    }

    private static async Task<IResult> GetByItemAsync(
        string itemId, ClaimsPrincipal principal, FollowUpStore store, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = principal.Key();
        var restId = OutlookItemId.ToRest(itemId);
        var followUps = await store.ListAsync(user, pendingOnly: false, cancellationToken);
        var match = followUps.FirstOrDefault(f => f.Calls.Any(c => string.Equals(c.Key.SourceId, restId, StringComparison.Ordinal)));
        return match is null ? FollowUpChange.NotFound() : await DetailAsync(match, user, settings, time, cancellationToken);
    }

    private static async Task<IResult> LogAttemptAsync(
        string id, LogAttemptRequest body, HttpContext context, FollowUpStore store, SyncRequests sync, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CallOutcome.TryParse(body.Outcome, out var outcome))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["outcome"] = [$"Use one of: {string.Join(", ", CallOutcome.All.Select(o => o.Name))}."],
            });
        }

        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note;
        return await ChangeAsync(id, "attempt", body, context, store, sync, settings, time, (f, actor, now) => f.LogAttempt(outcome, actor, now, note), cancellationToken);
    }

    private static async Task<IResult> SnoozeAsync(
        string id, SnoozeRequest body, HttpContext context, FollowUpStore store, SyncRequests sync, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.Until is not { } until || until <= time.GetUtcNow())
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["until"] = ["Give a time in the future."] });
        }

        return await ChangeAsync(id, "snooze", body, context, store, sync, settings, time, (f, actor, now) => f.Snooze(until, actor, now), cancellationToken);
    }

    private static async Task<IResult> DismissAsync(
        string id, DismissRequest body, HttpContext context, FollowUpStore store, SyncRequests sync, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Say why it is dismissed."] });
        }

        return await ChangeAsync(id, "dismiss", body, context, store, sync, settings, time, (f, actor, now) => f.Dismiss(actor, now, body.Reason), cancellationToken);
    }

    /// <summary>A reopened follow-up gets a fresh deadline under the user's current policy and working hours.</summary>
    private static async Task<IResult> ReopenAsync(
        string id, HttpContext context, FollowUpStore store, SyncRequests sync, SettingsStore settings, UserContexts contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var policy = await contexts.PolicyAsync(context.User.Key(), cancellationToken);
        return await ChangeAsync(id, "reopen", null, context, store, sync, settings, time, (f, actor, now) => f.Reopen(policy.DeadlineFor(now), actor, now), cancellationToken);
    }

    private static async Task<IResult> ChangeAsync(
        string id, string operation, object? body, HttpContext context, FollowUpStore store, SyncRequests sync, SettingsStore settings, TimeProvider time,
        Action<FollowUp, string, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        if (!FollowUpId.TryParse(id, out var followUpId))
        {
            return FollowUpChange.NotFound();
        }

        var (once, malformed) = IdempotencyKey.Read(context.Request, operation, id, body);
        if (malformed is not null)
        {
            return malformed;
        }

        var user = context.User.Key();
        var actor = context.User.Actor();
        var now = time.GetUtcNow();
        var (changed, refusal) = await FollowUpChange.ApplyAsync(store, user, followUpId, context.Request, once, f => change(f, actor, now), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await sync.RequestAfterCommitAsync(user, [followUpId], cancellationToken);
        var stored = await store.GetAsync(user, followUpId, cancellationToken);
        if (stored is not null)
        {
            context.Response.Headers[HeaderNames.ETag] = stored.ETag.ToString();
        }

        return await DetailAsync(stored?.FollowUp ?? changed!, user, settings, time, cancellationToken);
    }

    private static async Task<IResult> DetailAsync(FollowUp followUp, UserKey user, SettingsStore settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var policy = (await settings.GetAsync(user, cancellationToken)).Settings.ToSlaPolicy();
        return Results.Ok(FollowUpView.Detail(followUp, policy, time.GetUtcNow()));
    }
}
