using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Graph.Subscriptions;

/// <summary>Creates, renews and deletes Graph change-notification subscriptions.</summary>
public sealed class GraphSubscriptions(GraphServiceClient graph, TimeProvider time)
{
    /// <summary>
    /// Creates a subscription; Graph validates both URLs with a handshake before it answers. If
    /// Graph already holds one of ours for the resource (409: a crash after Graph created it but
    /// before we recorded it), that one is deleted, since its clientState is lost, and created anew.
    /// </summary>
    public async Task<Subscription> CreateAsync(SubscriptionRequest request, Uri notificationUrl, Uri lifecycleUrl, string clientState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A fresh model per POST: the SDK's backing store sends only changed values once a model was serialized.
        Subscription Subscription() => new()
        {
            Resource = request.Resource,
            ChangeType = request.ChangeTypes,
            NotificationUrl = notificationUrl.ToString(),
            LifecycleNotificationUrl = lifecycleUrl.ToString(),
            ClientState = clientState,
            ExpirationDateTime = time.GetUtcNow() + request.Lifetime,
        };
        try
        {
            return await graph.Subscriptions.PostAsync(Subscription(), cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Graph returned no subscription.");
        }
        catch (ODataError error) when (error.ResponseStatusCode == 409)
        {
            foreach (var orphan in (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Id is not null && string.Equals(s.Resource, request.Resource, StringComparison.OrdinalIgnoreCase)))
            {
                await DeleteAsync(orphan.Id!, cancellationToken).ConfigureAwait(false);
            }

            return await graph.Subscriptions.PostAsync(Subscription(), cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Graph returned no subscription.");
        }
    }

    /// <summary>Every subscription of this app in the tenant, across pages: Graph pages the list.</summary>
    private async Task<List<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<Subscription>();
        var page = await graph.Subscriptions.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            all.AddRange(page.Value ?? []);
            page = page.OdataNextLink is { } next ? await graph.Subscriptions.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
        }

        return all;
    }

    /// <summary>Whether Graph still knows the subscription (it forgets expired or removed ones).</summary>
    public async Task<bool> ExistsAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await graph.Subscriptions[subscriptionId].GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return false;
        }
    }

    /// <returns>The subscription as Graph renewed it, or null when Graph no longer knows it (it must be recreated).</returns>
    public async Task<Subscription?> RenewAsync(string subscriptionId, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        try
        {
            return await graph.Subscriptions[subscriptionId].PatchAsync(
                new Subscription { ExpirationDateTime = time.GetUtcNow() + lifetime },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        try
        {
            await graph.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            // Already gone.
        }
    }
}
