using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// The webhook's view of our stored subscriptions: a record found is remembered for a few minutes,
/// so a stream of notifications costs the webhook no Table read each. Only records found are
/// remembered: a subscription saved a moment ago is never refused for having been missing before.
/// </summary>
public sealed class KnownSubscriptions(SubscriptionStore store, IMemoryCache cache, IOptions<WebhookOptions> options)
{
    // A subscription's id and clientState never change while it lives, so a remembered record can
    // only be stale by having been deleted; Graph stops notifying a deleted one, and processing
    // is idempotent, so the few minutes cost nothing.
    public async Task<SubscriptionRecord?> FindAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("subscription", subscriptionId), out SubscriptionRecord? known))
        {
            return known;
        }

        var found = await store.FindAsync(subscriptionId, cancellationToken).ConfigureAwait(false);
        if (found is not null)
        {
            cache.Set(("subscription", subscriptionId), found, options.Value.SubscriptionCacheTime);
        }

        return found;
    }
}
