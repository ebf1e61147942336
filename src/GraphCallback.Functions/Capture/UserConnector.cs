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
    ConnectionStore connections,
    InboxCatchUp catchUp,
    TimeProvider time,
    IOptions<WebhookOptions> webhook)
{
    public async Task<Connection> ConnectAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        var connection = await connections.FindAsync(user, cancellationToken).ConfigureAwait(false)
            ?? new Connection(user, now, null, null);

        var inbox = connection.InboxSubscriptionId is { } id ? await subscriptions.FindAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (inbox is null || inbox.ExpiresAt <= now || !await GraphFor(user.TenantId).ExistsAsync(inbox.Id, cancellationToken).ConfigureAwait(false))
        {
            inbox = await SubscribeAsync(user.TenantId, user, SubscriptionRequest.Inbox(user.ObjectId), SubscriptionPurpose.InboxMessages, cancellationToken).ConfigureAwait(false);
        }

        var callRecords = (await subscriptions.OwnedByAsync(user.TenantId, null, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(s => s.Purpose == SubscriptionPurpose.CallRecords && s.ExpiresAt > now);
        if (callRecords is null || !await GraphFor(user.TenantId).ExistsAsync(callRecords.Id, cancellationToken).ConfigureAwait(false))
        {
            await SubscribeAsync(user.TenantId, null, SubscriptionRequest.CallRecords(), SubscriptionPurpose.CallRecords, cancellationToken).ConfigureAwait(false);
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
