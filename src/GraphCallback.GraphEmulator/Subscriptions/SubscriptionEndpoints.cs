using System.Net;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Permissions;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>/subscriptions: create (with the validation handshake), list, get, renew (PATCH), delete.</summary>
public static class SubscriptionEndpoints
{
    private const int MaxClientStateLength = 128;
    private const int ListPageSize = 10;

    public static IEndpointRouteBuilder MapSubscriptions(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/subscriptions", CreateAsync);

        // Graph pages this list without documenting the size; a small page makes a client that
        // ignores @odata.nextLink fail here rather than in a tenant with many subscriptions.
        graph.MapGet("/subscriptions", (HttpContext context, SubscriptionStore store) =>
            GraphResults.List(context, Visible(context, store).Select(s => s.ToGraph()), ListPageSize));

        graph.MapGet("/subscriptions/{id}", (HttpContext context, string id, SubscriptionStore store) =>
            GraphResults.Entity(context, Find(context, id, store).ToGraph()));

        graph.MapPatch("/subscriptions/{id}", async (HttpContext context, string id, SubscriptionStore store, TimeProvider clock) =>
        {
            var existing = Find(context, id, store);
            var patch = await GraphJson.ReadBodyAsync(context.Request, Subscription.CreateFromDiscriminatorValue).ConfigureAwait(false);
            var expiration = patch.ExpirationDateTime ?? existing.ExpirationDateTime;
            CheckExpiration(expiration, existing.NormalizedResource, clock);
            var renewed = existing with { ExpirationDateTime = expiration, NotificationUrl = patch.NotificationUrl ?? existing.NotificationUrl };
            store.Replace(renewed);
            return GraphResults.Entity(context, renewed.ToGraph());
        });

        graph.MapDelete("/subscriptions/{id}", (HttpContext context, string id, SubscriptionStore store) =>
        {
            store.Remove(Find(context, id, store).Id);
            return Results.NoContent();
        });

        return graph;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SubscriptionStore store, TenantRegistry tenants, ValidationHandshake handshake, TimeProvider clock)
    {
        var caller = context.Caller();
        var request = await GraphJson.ReadBodyAsync(context.Request, Subscription.CreateFromDiscriminatorValue).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request.Resource) || string.IsNullOrWhiteSpace(request.ChangeType) ||
            string.IsNullOrWhiteSpace(request.NotificationUrl) || request.ExpirationDateTime is null)
        {
            throw GraphErrorException.BadRequest("resource, changeType, notificationUrl and expirationDateTime are required.", "InvalidRequest");
        }

        if (request.ClientState?.Length > MaxClientStateLength)
        {
            throw GraphErrorException.BadRequest($"clientState must be at most {MaxClientStateLength} characters.", "InvalidRequest");
        }

        if (request.Resource.TrimStart('/').StartsWith("me", StringComparison.OrdinalIgnoreCase) && !caller.IsDelegated)
        {
            throw GraphErrorException.BadRequest("/me request is only valid with delegated authentication flow.");
        }

        var normalized = ResourcePath.Normalize(request.Resource, id => tenants.FindUser(caller.TenantId, id)?.Id, caller.ObjectId);
        var segments = normalized.Split('/');
        if (segments is ["users", var userId, ..])
        {
            tenants.Resolve(context, userId);
        }

        DelegatedOnlyResources.Check(normalized, caller);

        // Subscribing needs what reading the resource needs (subscription-post-subscriptions).
        var read = PermissionTable.Find("GET", "/" + normalized.Split('?')[0])
            ?? throw GraphErrorException.BadRequest($"Change notifications are not supported for the resource '{request.Resource}'.", "InvalidRequest");
        PermissionCheck.Demand(caller, read, segments is ["users", var target, ..] ? target : null);

        CheckExpiration(request.ExpirationDateTime.Value, normalized, clock);
        var entry = new SubscriptionEntry
        {
            Id = Guid.NewGuid().ToString(),
            TenantId = caller.TenantId,
            OwnerAppId = caller.ClientId ?? "anonymous",
            CreatorId = caller.ObjectId,
            Resource = request.Resource,
            NormalizedResource = normalized,
            ChangeType = request.ChangeType,
            NotificationUrl = request.NotificationUrl,
            LifecycleNotificationUrl = request.LifecycleNotificationUrl,
            ClientState = request.ClientState,
            ExpirationDateTime = request.ExpirationDateTime.Value,
            NeverFires = request.Resource.Contains("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase),
        };

        if (IsDuplicate(store, entry))
        {
            throw Duplicate();
        }

        foreach (var url in new[] { entry.NotificationUrl, entry.LifecycleNotificationUrl }.OfType<string>())
        {
            if (!await handshake.ValidateAsync(url, context.RequestAborted).ConfigureAwait(false))
            {
                throw GraphErrorException.BadRequest(
                    $"Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request. URL: {url}", "ValidationError");
            }
        }

        return store.TryAdd(entry) ? GraphResults.Entity(context, entry.ToGraph(), HttpStatusCode.Created) : throw Duplicate();
    }

    private static bool IsDuplicate(SubscriptionStore store, SubscriptionEntry entry) =>
        store.Active.Any(e => e.TenantId == entry.TenantId && e.OwnerAppId == entry.OwnerAppId &&
                              e.NormalizedResource == entry.NormalizedResource && e.ChangeTypes.SetEquals(entry.ChangeTypes));

    private static GraphErrorException Duplicate() =>
        GraphErrorException.Conflict("A subscription for the same resource and change type already exists for this application.");

    private static void CheckExpiration(DateTimeOffset expiration, string normalizedResource, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var limit = ExpirationLimits.For(normalizedResource);
        if (expiration <= now)
        {
            throw GraphErrorException.BadRequest("Subscription expiration must be in the future.", "InvalidRequest");
        }

        if (expiration > now + limit)
        {
            throw GraphErrorException.BadRequest($"Subscription expiration can only be {(int)limit.TotalMinutes} minutes in the future.", "InvalidRequest");
        }
    }

    private static IEnumerable<SubscriptionEntry> Visible(HttpContext context, SubscriptionStore store)
    {
        var caller = context.Caller();
        return store.Active.Where(s => s.TenantId == caller.TenantId && (caller.ClientId is null || s.OwnerAppId == caller.ClientId));
    }

    private static SubscriptionEntry Find(HttpContext context, string id, SubscriptionStore store) =>
        Visible(context, store).FirstOrDefault(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
        ?? throw GraphErrorException.NotFound($"The object was not found. Subscription '{id}'.", "ResourceNotFound");
}
