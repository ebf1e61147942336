using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Hourly timer: renews subscriptions that expire within the renewal window, and recreates those
/// Graph no longer knows (404), so capture never silently stops. Each subscription is an item of
/// its own: one tenant's revoked consent is marked and backed off, and every other still renews.
/// </summary>
public sealed partial class RenewSubscriptions(
    SubscriptionStore subscriptions,
    UserConnector connector,
    FailingItems failures,
    TimeProvider time,
    IOptions<CaptureOptions> options,
    ILogger<RenewSubscriptions> logger) : ITimerFunction
{
    public string Name => "RenewSubscriptions";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var expiring = await subscriptions.ExpiringAsync(time.GetUtcNow() + TimeSpan.FromHours(options.Value.RenewWithinHours), cancellationToken).ConfigureAwait(false);
        await failures.RunEachAsync(Name, expiring.Select(s => new WorkItem(s.Id, ct => RenewAsync(s, ct))), everyItem: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task RenewAsync(SubscriptionRecord subscription, CancellationToken cancellationToken)
    {
        if (!await connector.RenewAsync(subscription, cancellationToken).ConfigureAwait(false))
        {
            LogRecreated(logger, subscription.Purpose);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph no longer knew a {Purpose} subscription; recreated it")]
    private static partial void LogRecreated(ILogger logger, SubscriptionPurpose purpose);
}
