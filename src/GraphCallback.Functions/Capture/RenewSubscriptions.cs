using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Subscriptions;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Hourly timer: renews subscriptions that expire within the renewal window, and recreates those
/// Graph no longer knows (404), so capture never silently stops.
/// </summary>
public sealed partial class RenewSubscriptions(
    GraphClients graph,
    SubscriptionStore subscriptions,
    UserConnector connector,
    TimeProvider time,
    IOptions<CaptureOptions> options,
    ILogger<RenewSubscriptions> logger) : ITimerFunction
{
    public string Name => "RenewSubscriptions";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var expiring = await subscriptions.ExpiringAsync(time.GetUtcNow() + TimeSpan.FromHours(options.Value.RenewWithinHours), cancellationToken).ConfigureAwait(false);
        foreach (var subscription in expiring)
        {
            var request = subscription.Owner is { } owner ? SubscriptionRequest.Inbox(owner.ObjectId) : SubscriptionRequest.CallRecords();
            var renewed = await new GraphSubscriptions(graph.ForTenant(subscription.TenantId), time)
                .RenewAsync(subscription.Id, request.Lifetime, cancellationToken).ConfigureAwait(false);
            if (renewed is { } expiresAt)
            {
                await subscriptions.SaveAsync(subscription with { ExpiresAt = expiresAt }, cancellationToken).ConfigureAwait(false);
                continue;
            }

            LogRecreated(logger, subscription.Purpose);
            await subscriptions.DeleteAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
            if (subscription.Owner is { } user)
            {
                await connector.ConnectAsync(user, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await connector.SubscribeAsync(subscription.TenantId, null, request, subscription.Purpose, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph no longer knew a {Purpose} subscription; recreated it")]
    private static partial void LogRecreated(ILogger logger, SubscriptionPurpose purpose);
}
