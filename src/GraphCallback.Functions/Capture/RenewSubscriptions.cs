using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Hourly timer: renews subscriptions that expire within the renewal window, and recreates those
/// Graph no longer knows (404), so capture never silently stops.
/// </summary>
public sealed partial class RenewSubscriptions(
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
            if (!await connector.RenewAsync(subscription, cancellationToken).ConfigureAwait(false))
            {
                LogRecreated(logger, subscription.Purpose);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph no longer knew a {Purpose} subscription; recreated it")]
    private static partial void LogRecreated(ILogger logger, SubscriptionPurpose purpose);
}
