using Azure.Storage.Queues;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.StandAlone;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Storage.Queues;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.StandAlone;

/// <summary>
/// The stand-alone queue listener against a real Azurite: deliver, delete, retry later and later,
/// renew leases, poison. Azurite hides messages on real time, so retries are read from the
/// listener's activities (the delay it asked for, the time Azurite says the message shows again),
/// never waited out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueListenerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(60);

    private static readonly QueueClientOptions Base64 = new() { MessageEncoding = QueueMessageEncoding.Base64 };

    [Fact]
    public async Task Delivers_a_queued_message_to_its_function_and_deletes_it()
    {
        var queue = await CreateQueueAsync();
        await queue.SendMessageAsync("""{"itemId":"AAMk-1"}""");
        var sync = new RecordingQueueFunction("Sync");
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var safety = new CancellationTokenSource(Safety);

        await using (var app = await StartAsync(root, sync))
        {
            await sync.WaitForDeliveriesAsync(1, safety.Token);

            // Stopping waits for the listener to settle the message it was handling.
            await app.App.StopAsync(safety.Token);
        }

        var delivery = Assert.Single(sync.Deliveries);
        Assert.Equal(("""{"itemId":"AAMk-1"}""", 1L), (delivery.MessageText, delivery.DequeueCount));
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Hides_a_failed_message_longer_after_each_failed_delivery()
    {
        var queue = await CreateQueueAsync();
        var sent = await DeliveredMessages.SendAsync(queue, ("""{"n":4}""", 3), ("""{"n":3}""", 2), ("""{"n":2}""", 1), ("""{"n":1}""", 0));
        var sync = new RecordingQueueFunction("Sync", new InvalidOperationException("Graph is down"));
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var activities = new QueueActivities(queue.Name);
        using var safety = new CancellationTokenSource(Safety);

        IReadOnlyList<System.Diagnostics.Activity> retries;
        await using (var app = await StartAsync(root, sync))
        {
            retries = await activities.WaitForAsync("RetryQueueMessage", 4, safety.Token);
            await app.App.StopAsync(safety.Token);
        }

        // 5 s, 25 s, 125 s, then the 10-minute cap: the fifth try comes 12.5 minutes after the first.
        var byDelivery = retries.OrderBy(r => (long)r.GetTagItem(QueueTelemetry.DequeueCount)!).ToList();
        Assert.Equal([1L, 2L, 3L, 4L], byDelivery.Select(r => (long)r.GetTagItem(QueueTelemetry.DequeueCount)!));
        Assert.Equal([5.0, 25.0, 125.0, 600.0], byDelivery.Select(r => (double)r.GetTagItem(QueueTelemetry.HiddenFor)!));
        foreach (var retry in byDelivery)
        {
            var inserted = sent.Single(s => s.MessageId == (string)retry.GetTagItem(QueueTelemetry.MessageId)!).InsertionTime;
            var hidden = TimeSpan.FromSeconds((double)retry.GetTagItem(QueueTelemetry.HiddenFor)!);
            Assert.True((DateTimeOffset)retry.GetTagItem(QueueTelemetry.VisibleAt)! >= inserted + hidden, "Azurite shows it again no sooner than asked");
        }

        Assert.Equal(4, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Renews_the_leases_of_the_message_being_handled_and_of_those_waiting_behind_it()
    {
        var queue = await CreateQueueAsync();
        var first = await queue.SendMessageAsync("""{"itemId":"AAMk-long"}""");
        var second = await queue.SendMessageAsync("""{"itemId":"AAMk-next"}""");
        var clock = SuiteClock.Start();
        var sync = new GatedQueueFunction("Sync");
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var activities = new QueueActivities(queue.Name);
        using var safety = new CancellationTokenSource(Safety);
        var options = new QueueListenerOptions();

        IReadOnlyList<System.Diagnostics.Activity> renewals;
        await using (var app = await TestApp.StartAsync(root, azurite.ConnectionString, sync, services => services.AddSingleton(new PollingClock(clock))))
        {
            // The batch's renewal wait is armed before its first handler starts.
            await sync.Started.WaitAsync(safety.Token);
            clock.Advance(options.RenewEvery);
            renewals = await activities.WaitForAsync("RenewQueueLease", 2, safety.Token);

            sync.Open();
            await sync.WaitForFinishedAsync(2, safety.Token);
            await app.App.StopAsync(safety.Token);
        }

        Assert.Equal(new[] { first.Value.MessageId, second.Value.MessageId }.Order(), renewals.Select(r => (string)r.GetTagItem(QueueTelemetry.MessageId)!).Order());
        Assert.All(renewals, r => Assert.True((DateTimeOffset)r.GetTagItem(QueueTelemetry.VisibleAt)! >= first.Value.InsertionTime + options.Lease));

        // Each delivered once, and deleted with the pop receipt its last renewal returned.
        Assert.Equal([1L, 1L], sync.Finished.Select(d => d.DequeueCount));
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Moves_a_message_whose_last_delivery_fails_to_the_poison_queue_in_an_envelope_with_its_error()
    {
        var queue = await CreateQueueAsync();
        using var safety = new CancellationTokenSource(Safety);

        var (sent, sync) = await LastDelivery.FailAsync(azurite.ConnectionString, queue, """{"itemId":"AAMk-2"}""", safety.Token);

        Assert.Equal([5L], sync.Deliveries.Select(d => d.DequeueCount));
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
        var entry = await SinglePoisonEnvelopeAsync(queue.Name, safety.Token);
        Assert.True(QueueText.TryDecode(entry.Body, out var body));
        Assert.Equal("""{"itemId":"AAMk-2"}""", body);
        Assert.Equal((sent.MessageId, 5L, "System.InvalidOperationException: " + LastDelivery.Error), (entry.MessageId, entry.DequeueCount, entry.Error));
        Assert.True(entry.FailedAt >= SuiteClock.Instant, "dated by the app's clock");
    }

    [Fact]
    public async Task A_message_that_is_not_base64_goes_to_the_poison_queue_unchanged_and_the_rest_still_flow()
    {
        var queue = new QueueClient(azurite.ConnectionString, "work-" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateAsync();
        await queue.SendMessageAsync("{not base64}");
        await queue.SendMessageAsync(QueueText.Encode("""{"itemId":"AAMk-3"}"""));
        var sync = new RecordingQueueFunction("Sync");
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var activities = new QueueActivities(queue.Name);
        using var safety = new CancellationTokenSource(Safety);

        await using (var app = await StartAsync(root, sync))
        {
            await sync.WaitForDeliveriesAsync(1, safety.Token);
            await activities.WaitForAsync("PoisonQueueMessage", 1, safety.Token);
            await app.App.StopAsync(safety.Token);
        }

        Assert.Equal("""{"itemId":"AAMk-3"}""", Assert.Single(sync.Deliveries).MessageText);
        var entry = await SinglePoisonEnvelopeAsync(queue.Name, safety.Token);
        Assert.Equal("{not base64}", entry.Body);
        Assert.Contains("base64", entry.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_message_too_large_for_an_envelope_is_kept_on_the_poison_queue_alone_as_the_host_keeps_it()
    {
        var queue = await CreateQueueAsync();
        var large = $$"""{"itemId":"{{new string('x', 45_000)}}"}""";
        using var safety = new CancellationTokenSource(Safety);

        await LastDelivery.FailAsync(azurite.ConnectionString, queue, large, safety.Token);

        var poison = new QueueClient(azurite.ConnectionString, PoisonQueue.NameFor(queue.Name), Base64);
        Assert.Equal(large, Assert.Single((await poison.ReceiveMessagesAsync(maxMessages: 32, cancellationToken: safety.Token)).Value).MessageText);
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    private async Task<PoisonMessage> SinglePoisonEnvelopeAsync(string queueName, CancellationToken cancellationToken)
    {
        var poison = new QueueClient(azurite.ConnectionString, PoisonQueue.NameFor(queueName), Base64);
        var poisoned = Assert.Single((await poison.ReceiveMessagesAsync(maxMessages: 32, cancellationToken: cancellationToken)).Value);
        Assert.True(PoisonMessage.TryRead(poisoned.MessageText, out var entry), "the listener's envelope, not a bare message");
        return entry;
    }

    private async Task<QueueClient> CreateQueueAsync()
    {
        var queue = new QueueClient(azurite.ConnectionString, "work-" + Guid.NewGuid().ToString("N")[..12], Base64);
        await queue.CreateAsync();
        return queue;
    }

    private Task<TestApp> StartAsync(ScriptRoot root, IQueueFunction function) => TestApp.StartAsync(root, azurite.ConnectionString, function);
}
