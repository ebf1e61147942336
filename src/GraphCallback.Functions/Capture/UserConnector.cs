using GraphCallback.Core.Users;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Subscriptions;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Connects a user: subscribes to their inbox (and, once per tenant, to call records), records the
/// subscriptions, and back-fills the last days of voicemail. Connecting again is harmless: live
/// subscriptions are kept and the back-fill continues from where capture stands.
/// </summary>
public sealed class UserConnector(
    GraphClients graph,
    SubscriptionStore subscriptions,
    SubscriptionClaims claims,
    ConnectionStore connections,
    InboxCatchUp catchUp,
    TimeProvider time,
    IOptions<WebhookOptions> webhook)
{
    /// <summary>How long a connect may take to create and record one subscription (Graph's validation call included).</summary>
    public static readonly TimeSpan SubscribeLease = TimeSpan.FromMinutes(2);

    /// <remarks>
    /// Connects of one user, or of users of one tenant (the shared call-records subscription), may
    /// run at once on several instances: each subscription is created by whoever claims its resource,
    /// and a connect that finds it claimed leaves it to the claimant.
    /// </remarks>
    public async Task<Connection> ConnectAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var connection = await connections.FindAsync(user, cancellationToken).ConfigureAwait(false)
            ?? new Connection(user, time.GetUtcNow(), null, null);

        var inbox = await LiveInboxAsync(user, connection.InboxSubscriptionId, cancellationToken).ConfigureAwait(false)
            ?? await SubscribeOnceAsync(
                user.TenantId,
                user,
                SubscriptionRequest.Inbox(user.ObjectId),
                SubscriptionPurpose.InboxMessages,
                async () => await LiveInboxAsync(user, (await connections.FindAsync(user, cancellationToken).ConfigureAwait(false))?.InboxSubscriptionId, cancellationToken).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);

        if (await LiveCallRecordsAsync(user.TenantId, cancellationToken).ConfigureAwait(false) is null)
        {
            await SubscribeOnceAsync(user.TenantId, null, SubscriptionRequest.CallRecords(), SubscriptionPurpose.CallRecords, () => LiveCallRecordsAsync(user.TenantId, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        if (inbox is null)
        {
            // Another connect of this user holds the inbox's claim: it records the subscription and back-fills.
            return await connections.FindAsync(user, cancellationToken).ConfigureAwait(false) ?? connection;
        }

        connection = connection with { InboxSubscriptionId = inbox.Id };
        await connections.SetInboxSubscriptionAsync(user, inbox.Id, connection.ConnectedAt, cancellationToken).ConfigureAwait(false);
        await catchUp.RunAsync(connection, cancellationToken).ConfigureAwait(false);
        return await connections.FindAsync(user, cancellationToken).ConfigureAwait(false) ?? connection;
    }

    /// <summary>
    /// Extends a subscription's life; one Graph no longer knows (404) is replaced instead, and so is
    /// one made for other change types than we ask for now (call records took only "created" before
    /// revisions counted): Graph renews a subscription but does not change what it reports.
    /// </summary>
    /// <returns>True when it was renewed (or retyped), false when Graph had forgotten it.</returns>
    public async Task<bool> RenewAsync(SubscriptionRecord subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var request = RequestFor(subscription);
        var renewed = await GraphFor(subscription.TenantId).RenewAsync(subscription.Id, request.Lifetime, cancellationToken).ConfigureAwait(false);
        if (renewed?.ExpirationDateTime is not { } expiresAt)
        {
            await ReplaceAsync(subscription, cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (!request.IsMetBy(renewed.ChangeType))
        {
            // Anything created in between is found by the catch-up rounds.
            await GraphFor(subscription.TenantId).DeleteAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
            await ReplaceAsync(subscription, cancellationToken).ConfigureAwait(false);
            return true;
        }

        await subscriptions.SaveAsync(subscription with { ExpiresAt = expiresAt }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Forgets a subscription Graph removed and subscribes again (a user's inbox with a catch-up round, a To Do list as it was).</summary>
    public async Task ReplaceAsync(SubscriptionRecord subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await subscriptions.DeleteAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
        if (subscription is { Purpose: SubscriptionPurpose.InboxMessages, Owner: { } user })
        {
            await ConnectAsync(user, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SubscribeAsync(subscription.TenantId, subscription.Owner, RequestFor(subscription), subscription.Purpose, cancellationToken).ConfigureAwait(false);
        }
    }

    // The recorded inbox subscription with this id, if it is unexpired and Graph still has it.
    private async Task<SubscriptionRecord?> LiveInboxAsync(UserKey user, string? id, CancellationToken cancellationToken)
    {
        var inbox = id is null ? null : await subscriptions.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return inbox is not null && inbox.ExpiresAt > time.GetUtcNow() && await GraphFor(user.TenantId).ExistsAsync(inbox.Id, cancellationToken).ConfigureAwait(false)
            ? inbox
            : null;
    }

    // The tenant's recorded call-records subscription, if it is unexpired and Graph still has it.
    private async Task<SubscriptionRecord?> LiveCallRecordsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var callRecords = (await subscriptions.OwnedByAsync(tenantId, null, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(s => s.Purpose == SubscriptionPurpose.CallRecords && s.ExpiresAt > now);
        return callRecords is not null && await GraphFor(tenantId).ExistsAsync(callRecords.Id, cancellationToken).ConfigureAwait(false) ? callRecords : null;
    }

    /// <summary>
    /// Subscribes unless another connect is doing so (null then). Under the claim it looks again:
    /// a connect that finished just before has recorded its subscription, which a create would
    /// otherwise meet as Graph's 409 and delete.
    /// </summary>
    private async Task<SubscriptionRecord?> SubscribeOnceAsync(
        string tenantId, UserKey? owner, SubscriptionRequest request, SubscriptionPurpose purpose, Func<Task<SubscriptionRecord?>> recorded, CancellationToken cancellationToken)
    {
        var claim = await claims.TryClaimAsync(tenantId, request.Resource, time.GetUtcNow(), SubscribeLease, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return null;
        }

        try
        {
            return await recorded().ConfigureAwait(false) ?? await SubscribeAsync(tenantId, owner, request, purpose, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await claims.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Creates a subscription in Graph and records it; used for new ones and to replace ones Graph dropped.</summary>
    private async Task<SubscriptionRecord> SubscribeAsync(string tenantId, UserKey? owner, SubscriptionRequest request, SubscriptionPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientState = SubscriptionStore.NewClientState();
        var created = await GraphFor(tenantId).CreateAsync(
            request,
            webhook.Value.Endpoint("api/notifications"),
            webhook.Value.Endpoint("api/notifications/lifecycle"),
            clientState,
            cancellationToken).ConfigureAwait(false);

        // Notifications Graph sends before this record is saved are refused by the webhook; the
        // inbox catch-up finds those items, so they are late, not lost.
        var record = new SubscriptionRecord(
            created.Id ?? throw new InvalidDataException("Graph returned a subscription without an id."),
            owner,
            tenantId,
            request.Resource,
            purpose,
            clientState,
            created.ExpirationDateTime ?? time.GetUtcNow() + request.Lifetime);
        await subscriptions.SaveAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    private static SubscriptionRequest RequestFor(SubscriptionRecord subscription) => subscription switch
    {
        { Owner: { } owner } => SubscriptionRequest.Inbox(owner.ObjectId),
        _ => SubscriptionRequest.CallRecords(),
    };

    private GraphSubscriptions GraphFor(string tenantId) => new(graph.ForTenant(tenantId), time);
}
