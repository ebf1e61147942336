using System.Diagnostics;
using System.Runtime.ExceptionServices;
using GraphCallback.Core.Capture;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Queue function behind the webhook: reads each notified item from Graph and captures the calls
/// in it; answers lifecycle events by renewing, recreating or catching up. Every path is
/// idempotent, because the queue delivers at least once.
/// </summary>
public sealed partial class ProcessNotifications(
    GraphClients graph,
    CallCapture capture,
    CallRecordCapture callRecords,
    ConnectionStore connections,
    SubscriptionStore subscriptions,
    UserConnector connector,
    InboxCatchUp catchUp,
    CallRecordCatchUp callRecordCatchUp,
    ILogger<ProcessNotifications> logger) : IQueueFunction
{
    /// <summary>The activity of one notification within a message, tagged with its subscription's purpose.</summary>
    public const string NotificationActivity = "ProcessNotification";

    public string Name => NotificationsEndpoints.ProcessingFunction;

    public async Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        List<Exception> failures = [];
        foreach (var work in CaptureWork.Unpack(message.MessageText))
        {
            using var activity = FunctionTelemetry.Source.StartActivity(NotificationActivity);
            activity?.SetTag("graphcallback.purpose", work.Purpose);
            try
            {
                await ProcessAsync(work, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                failures.Add(e);
            }
        }

        // Every notification had its turn; a failure sends the whole message round again, which
        // the ones done already survive because each path is idempotent.
        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures.Count > 1)
        {
            throw new AggregateException(failures);
        }
    }

    private async Task ProcessAsync(CaptureWork work, CancellationToken cancellationToken)
    {
        if (work.LifecycleEvent is { } lifecycle)
        {
            await HandleLifecycleAsync(work, lifecycle, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (work.ChangeType == "deleted" || work.ResourceId is null)
        {
            return;
        }

        switch (Enum.Parse<SubscriptionPurpose>(work.Purpose))
        {
            case SubscriptionPurpose.InboxMessages when work.Owner is { } owner:
                await CaptureMessageAsync(UserKey.FromPartitionKey(owner), work.ResourceId, cancellationToken).ConfigureAwait(false);
                break;
            case SubscriptionPurpose.CallRecords:
                await CaptureCallRecordAsync(work.TenantId, work.ResourceId, cancellationToken).ConfigureAwait(false);
                break;
            default:
                LogIgnored(logger, work.Purpose);
                break;
        }
    }

    private async Task CaptureMessageAsync(UserKey user, string messageId, CancellationToken cancellationToken)
    {
        var item = await new InboxMessageReader(graph.ForTenant(user.TenantId)).ReadAsync(user.ObjectId, messageId, cancellationToken).ConfigureAwait(false);
        if (item is not null)
        {
            await capture.CaptureAsync(user, settings => InboxItemReader.Read(item, settings.DefaultRegion), cancellationToken).ConfigureAwait(false);
        }
    }

    // A created and every updated version alike: the record is judged as it is now, and idempotently.
    private async Task CaptureCallRecordAsync(string tenantId, string callRecordId, CancellationToken cancellationToken)
    {
        var connected = (await connections.InTenantAsync(tenantId, cancellationToken).ConfigureAwait(false))
            .Select(c => c.User.ObjectId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        await callRecords.CaptureAsync(tenantId, callRecordId, connected, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleLifecycleAsync(CaptureWork work, string lifecycle, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(work.SubscriptionId, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return;
        }

        var owner = subscription.Owner;
        switch (lifecycle)
        {
            case "reauthorizationRequired":
                await connector.RenewAsync(subscription, cancellationToken).ConfigureAwait(false);
                break;
            case "subscriptionRemoved":
                await connector.ReplaceAsync(subscription, cancellationToken).ConfigureAwait(false);
                break;
            case "missed" when subscription.Purpose == SubscriptionPurpose.CallRecords:
                await callRecordCatchUp.RunAsync(subscription.TenantId, cancellationToken).ConfigureAwait(false);
                break;
            case "missed" when owner is not null:
                if (await connections.FindAsync(owner, cancellationToken).ConfigureAwait(false) is { } connection)
                {
                    await catchUp.RunAsync(connection, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                LogIgnored(logger, lifecycle);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Nothing to do for {What}")]
    private static partial void LogIgnored(ILogger logger, string what);
}
