using System.Text;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;
using GraphCallback.GraphEmulator.Platform.Faults;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>
/// Turns published changes into webhook deliveries. Each notification URL has its own queue and
/// one POST in flight at a time, so notifications that accumulate meanwhile travel together in the
/// next POST (as Graph batches); a failed POST (non-2xx or timeout) is retried with exponential
/// backoff on the TimeProvider, then abandoned.
/// </summary>
public sealed class NotificationDispatcher(
    ChangeFeed feed,
    SubscriptionStore subscriptions,
    TenantRegistry tenants,
    FaultInjector faults,
    NotificationLog log,
    IHttpClientFactory clients,
    IOptions<EmulatorOptions> options,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, UrlQueue> _queues = new(StringComparer.Ordinal);
    private CancellationToken _stopping;

    /// <summary>Sends a lifecycle event for a subscription to its lifecycleNotificationUrl.</summary>
    public void SendLifecycle(SubscriptionEntry subscription, LifecycleEventType lifecycleEvent)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var notification = Base(subscription);
        notification.LifecycleEvent = lifecycleEvent;
        Enqueue(subscription.LifecycleNotificationUrl ?? subscription.NotificationUrl, notification);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        using var listening = feed.Listen(OnChange);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, clock, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the listener is removed on the way out.
        }
    }

    private void OnChange(ChangeNotice change)
    {
        var changed = ResourcePath.Normalize(change.Resource, id => tenants.FindUser(change.TenantId, id)?.Id, null);
        var kind = change.Kind.ToString().ToLowerInvariant();
        foreach (var subscription in subscriptions.Active)
        {
            if (subscription.NeverFires || subscription.TenantId != change.TenantId || !subscription.ChangeTypes.Contains(kind) ||
                !ResourcePath.Covers(subscription.NormalizedResource, changed))
            {
                continue;
            }

            var notification = Base(subscription);
            notification.ChangeType = change.Kind switch
            {
                ChangeKind.Created => ChangeType.Created,
                ChangeKind.Updated => ChangeType.Updated,
                _ => ChangeType.Deleted,
            };
            notification.Resource = change.ODataId;
            notification.ResourceData = new ResourceData
            {
                AdditionalData =
                {
                    ["@odata.type"] = change.ODataType,
                    ["@odata.id"] = change.ODataId,
                    ["@odata.etag"] = $"W/\"{Guid.NewGuid():N}\"",
                    ["id"] = change.Id,
                },
            };

            switch (faults.ForNotification(subscription.Resource)?.Kind)
            {
                case FaultKind.DropNotification:
                    log.Dropped();
                    continue;
                case FaultKind.DuplicateNotification:
                    log.Duplicated();
                    Enqueue(subscription.NotificationUrl, notification);
                    break;
            }

            Enqueue(subscription.NotificationUrl, notification);
        }
    }

    private static ChangeNotification Base(SubscriptionEntry subscription) => new()
    {
        SubscriptionId = Guid.Parse(subscription.Id),
        SubscriptionExpirationDateTime = subscription.ExpirationDateTime,
        ClientState = subscription.ClientState,
        TenantId = Guid.Parse(subscription.TenantId),
    };

    private void Enqueue(string url, ChangeNotification notification)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(url, out var queue))
            {
                queue = new UrlQueue();
                _queues[url] = queue;
            }

            queue.Pending.Add(notification);
            if (!queue.Busy)
            {
                queue.Busy = true;
                _ = Task.Run(() => PumpAsync(url, queue), CancellationToken.None);
            }
        }
    }

    private async Task PumpAsync(string url, UrlQueue queue)
    {
        while (true)
        {
            List<ChangeNotification> batch;
            lock (_gate)
            {
                if (queue.Pending.Count == 0 || _stopping.IsCancellationRequested)
                {
                    queue.Busy = false;
                    return;
                }

                batch = queue.Pending.Take(options.Value.NotificationBatchSize).ToList();
                queue.Pending.RemoveRange(0, batch.Count);
            }

            await DeliverAsync(url, batch).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(string url, List<ChangeNotification> batch)
    {
        var body = GraphJson.Serialize(new ChangeNotificationCollection { Value = batch });
        var settings = options.Value;
        for (var attempt = 1; attempt <= settings.NotificationMaxAttempts; attempt++)
        {
            int? status = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
                timeout.CancelAfter(settings.WebhookTimeout);
                using var client = clients.CreateClient(nameof(NotificationDispatcher));
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri(url), content, timeout.Token).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                logger.LogInformation("Delivery to {Url} failed: {Error}", url, ex.Message);
            }

            var succeeded = status is >= 200 and < 300;
            log.Attempt(new DeliveryRecord(url, attempt, status, batch.Count, clock.GetUtcNow(), succeeded));
            if (succeeded || _stopping.IsCancellationRequested)
            {
                return;
            }

            if (attempt < settings.NotificationMaxAttempts)
            {
                var backoff = settings.NotificationRetryBaseDelay * Math.Pow(2, attempt - 1);
                try
                {
                    await Task.Delay(backoff, clock, _stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        log.Abandoned();
    }

    private sealed class UrlQueue
    {
        public List<ChangeNotification> Pending { get; } = [];

        public bool Busy { get; set; }
    }
}
