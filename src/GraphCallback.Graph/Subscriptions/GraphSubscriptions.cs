using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Graph.Subscriptions;

/// <summary>Creates, renews and deletes Graph change-notification subscriptions.</summary>
public sealed class GraphSubscriptions(GraphServiceClient graph, TimeProvider time)
{
    /// <summary>Creates a subscription; Graph validates both URLs with a handshake before it answers.</summary>
    public async Task<Subscription> CreateAsync(SubscriptionRequest request, Uri notificationUrl, Uri lifecycleUrl, string clientState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await graph.Subscriptions.PostAsync(
            new Subscription
            {
                Resource = request.Resource,
                ChangeType = request.ChangeTypes,
                NotificationUrl = notificationUrl.ToString(),
                LifecycleNotificationUrl = lifecycleUrl.ToString(),
                ClientState = clientState,
                ExpirationDateTime = time.GetUtcNow() + request.Lifetime,
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return created ?? throw new InvalidOperationException("Graph returned no subscription.");
    }

    /// <returns>The new expiry, or null when Graph no longer knows the subscription (it must be recreated).</returns>
    public async Task<DateTimeOffset?> RenewAsync(string subscriptionId, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        try
        {
            var renewed = await graph.Subscriptions[subscriptionId].PatchAsync(
                new Subscription { ExpirationDateTime = time.GetUtcNow() + lifetime },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return renewed?.ExpirationDateTime;
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
