using Azure.Data.Tables;
using Azure.Storage.Queues;
using GraphCallback.Benchmarks.Loopback;
using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Benchmarks.Reporting;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Core.Users;
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
    private const double WarmUpRate = 50;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    public async Task<WebhookResult> RunAsync(string folder)
    {
        var tenant = new BenchTenant(options.Subscriptions);
        await using var backends = await Backends.StartAsync(folder, tenant).ConfigureAwait(false);
        var inboxes = await DeliverVoicemailsAsync(tenant, backends.Emulator).ConfigureAwait(false);
        var runs = new List<WebhookRun>();
        var perRequest = 0.0;
        double? peak = null;
        foreach (var mode in options.Modes)
        {
            foreach (var rate in options.Rates)
            {
                // Each run gets empty storage and a fresh app (warmed up), so no run inherits another's backlog.
                await backends.RenewStorageAsync().ConfigureAwait(false);
                var subscriptions = await StoreSubscriptionsAsync(inboxes, backends.StorageConnectionString).ConfigureAwait(false);
                var url = PublishedApp.NextUrl();
                await using var app = await PublishedApp.StartAsync(url, backends.AppSettings(url), asCustomHandler: mode == WebhookMode.WebhookOnly).ConfigureAwait(false);
                using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) }) { Timeout = options.RequestTimeout };
                var generator = new OpenLoopGenerator(client, new Uri(url, "api/notifications"));
                await generator.RunAsync(new OpenLoopSchedule(WarmUpRate, WarmUp), NotificationBatches.Build(subscriptions, 64, Seed).Bodies, 202).ConfigureAwait(false);

                var processes = backends.Processes("harness");
                processes["app"] = app.ProcessId;
                var cpu = new CpuMeter(processes);
                var schedule = new OpenLoopSchedule(rate, options.PerRate);
                var batches = NotificationBatches.Build(subscriptions, schedule.Count, Seed + (int)rate);
                perRequest = batches.PerRequest;
                var load = await generator.RunAsync(schedule, batches.Bodies, 202).ConfigureAwait(false);
                var cpuPerRequest = cpu.MillisecondsPer(load.Requests);
                var queue = new QueueClient(backends.StorageConnectionString, QueueNames.Of(NotificationsEndpoints.ProcessingFunction));
                var queued = (await queue.GetPropertiesAsync().ConfigureAwait(false)).Value.ApproximateMessagesCount;
                var memory = app.Memory();
                runs.Add(new WebhookRun(mode, load, memory?.CurrentMiB, queued, cpuPerRequest));
                peak = Math.Max(peak ?? 0, memory?.PeakMiB ?? 0);
                await log.WriteLineAsync($"    {Goal.Words(mode)} {rate,5:0}/s: p50 {load.Latency.P50:0.0} ms, p99 {load.Latency.P99:0.0} ms, max {load.Latency.Max:0.0} ms, {load.Errors} errors").ConfigureAwait(false);
            }
        }

        return new WebhookResult(options.Subscriptions, perRequest, options.PerRate.TotalSeconds, runs, peak);
    }

    /// <summary>Puts a few voicemails into each inbox, so the notifications name messages that exist.</summary>
    private static async Task<IReadOnlyList<(UserKey Owner, IReadOnlyList<string> Messages)>> DeliverVoicemailsAsync(BenchTenant tenant, EmulatorProcess emulator)
    {
        var inboxes = new List<(UserKey, IReadOnlyList<string>)>();
        foreach (var owner in tenant.Keys)
        {
            var messages = new List<string>();
            for (var call = 0; call < MessagesPerInbox; call++)
            {
                messages.Add(await emulator.DeliverVoicemailAsync(owner.ObjectId, BenchTenant.CallerNumber(call), "Please call me back about the quote.").ConfigureAwait(false));
            }

            inboxes.Add((owner, messages));
        }

        return inboxes;
    }

    private static async Task<IReadOnlyList<WebhookSubscription>> StoreSubscriptionsAsync(IReadOnlyList<(UserKey Owner, IReadOnlyList<string> Messages)> inboxes, string storage)
    {
        var store = new SubscriptionStore(new TableServiceClient(storage));
        await store.CreateTableIfNotExistsAsync().ConfigureAwait(false);
        var expires = TimeProvider.System.GetUtcNow() + Lifetime;
        var subscriptions = new List<WebhookSubscription>();
        foreach (var (owner, messages) in inboxes)
        {
            var record = new SubscriptionRecord(
                Guid.NewGuid().ToString(), owner, owner.TenantId, $"users/{owner.ObjectId}/mailFolders('inbox')/messages",
                SubscriptionPurpose.InboxMessages, SubscriptionStore.NewClientState(), expires);
            await store.SaveAsync(record).ConfigureAwait(false);
            subscriptions.Add(new WebhookSubscription(record.Id, record.ClientState, owner, messages, expires));
        }

        return subscriptions;
    }
}
