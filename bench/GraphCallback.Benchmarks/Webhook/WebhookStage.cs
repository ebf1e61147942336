using Azure.Data.Tables;
using Azure.Storage.Queues;
using GraphCallback.Benchmarks.Loopback;
using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Functions.Capture;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.Benchmarks.Webhook;

/// <summary>
/// Graph's side of the webhook: notification batches for stored subscriptions (valid clientStates,
/// messages that exist in the emulator's inboxes) posted open-loop at fixed rates to the published
/// app on loopback, with Azurite and the emulator behind it. Stand-alone, its queue listener
/// processes what the webhook queues while the load goes on; as a custom handler, the webhook is
/// measured alone.
/// </summary>
internal sealed class WebhookStage(WebhookOptions options, TextWriter log)
{
    private const int MessagesPerInbox = 5;
    private const int Seed = 20261123;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    public async Task<WebhookResult> RunAsync(string folder)
    {
        var tenant = new BenchTenant(options.Subscriptions);
        await using var backends = await Backends.StartAsync(folder, tenant).ConfigureAwait(false);
        var subscriptions = await StoreSubscriptionsAsync(tenant, backends).ConfigureAwait(false);
        var queue = new QueueClient(backends.StorageConnectionString, QueueNames.Of(NotificationsEndpoints.ProcessingFunction));
        var runs = new List<WebhookRun>();
        var perRequest = 0.0;
        double? peak = null;
        foreach (var mode in options.Modes)
        {
            var url = PublishedApp.NextUrl();
            await using var app = await PublishedApp.StartAsync(url, backends.AppSettings(url), asCustomHandler: mode == WebhookMode.WebhookOnly).ConfigureAwait(false);
            using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) }) { Timeout = options.RequestTimeout };
            var generator = new OpenLoopGenerator(client, new Uri(url, "api/notifications"));
            var processes = backends.Processes("harness");
            processes["app"] = app.ProcessId;
            var cpu = new CpuMeter(processes);

            await generator.RunAsync(new OpenLoopSchedule(options.Rates[0], WarmUp), NotificationBatches.Build(subscriptions, 64, Seed).Bodies, 202).ConfigureAwait(false);
            foreach (var rate in options.Rates)
            {
                // Each run starts with an empty queue, so one run's backlog never loads the next.
                await queue.ClearMessagesAsync().ConfigureAwait(false);
                var schedule = new OpenLoopSchedule(rate, options.PerRate);
                var batches = NotificationBatches.Build(subscriptions, schedule.Count, Seed + (int)rate);
                perRequest = batches.PerRequest;
                cpu.Restart();
                var load = await generator.RunAsync(schedule, batches.Bodies, 202).ConfigureAwait(false);
                var cpuPerRequest = cpu.MillisecondsPer(load.Requests);
                var queued = (await queue.GetPropertiesAsync().ConfigureAwait(false)).Value.ApproximateMessagesCount;
                runs.Add(new WebhookRun(mode, load, app.Memory()?.CurrentMiB, queued, cpuPerRequest));
                await log.WriteLineAsync($"    {mode} {rate,5:0}/s: p50 {load.Latency.P50:0.0} ms, p99 {load.Latency.P99:0.0} ms, max {load.Latency.Max:0.0} ms, {load.Errors} errors").ConfigureAwait(false);
            }

            peak = Math.Max(peak ?? 0, app.Memory()?.PeakMiB ?? 0);
        }

        return new WebhookResult(options.Subscriptions, perRequest, options.PerRate.TotalSeconds, runs, peak);
    }

    private static async Task<IReadOnlyList<WebhookSubscription>> StoreSubscriptionsAsync(BenchTenant tenant, Backends backends)
    {
        var store = new SubscriptionStore(new TableServiceClient(backends.StorageConnectionString));
        await store.CreateTableIfNotExistsAsync().ConfigureAwait(false);
        var expires = TimeProvider.System.GetUtcNow() + Lifetime;
        var subscriptions = new List<WebhookSubscription>();
        foreach (var owner in tenant.Keys)
        {
            var messages = new List<string>();
            for (var call = 0; call < MessagesPerInbox; call++)
            {
                messages.Add(await backends.Emulator.DeliverVoicemailAsync(owner.ObjectId, BenchTenant.CallerNumber(call), "Please call me back about the quote.").ConfigureAwait(false));
            }

            var record = new SubscriptionRecord(
                Guid.NewGuid().ToString(), owner, owner.TenantId, $"users/{owner.ObjectId}/mailFolders('inbox')/messages",
                SubscriptionPurpose.InboxMessages, SubscriptionStore.NewClientState(), expires);
            await store.SaveAsync(record).ConfigureAwait(false);
            subscriptions.Add(new WebhookSubscription(record.Id, record.ClientState, owner, messages, expires));
        }

        return subscriptions;
    }
}
