using System.Text.Json;
using Azure.Storage.Queues;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Hosting.StandAlone;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.StandAlone;

/// <summary>The stand-alone queue listener against a real Azurite: deliver, delete, retry, poison.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueListenerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(60);

    private static readonly QueueClientOptions Base64 = new() { MessageEncoding = QueueMessageEncoding.Base64 };

    [Fact]
    public async Task Delivers_a_queued_message_to_its_function_and_deletes_it()
    {
        var queue = await CreateQueueWithMessageAsync("""{"itemId":"AAMk-1"}""");
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
    public async Task Moves_a_message_that_keeps_failing_to_the_poison_queue_with_its_error()
    {
        var queue = await CreateQueueWithMessageAsync("""{"itemId":"AAMk-2"}""");
        var sync = new RecordingQueueFunction("Sync", new InvalidOperationException("Graph said no"));
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var safety = new CancellationTokenSource(Safety);

        await using (var app = await StartAsync(root, sync))
        {
            await sync.WaitForDeliveriesAsync(FunctionCatalog.DefaultMaxDequeueCount, safety.Token);
            await app.App.StopAsync(safety.Token);
        }

        Assert.Equal([1L, 2L, 3L, 4L, 5L], sync.Deliveries.Select(d => d.DequeueCount));
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
        var poison = new QueueClient(azurite.ConnectionString, queue.Name + "-poison", Base64);
        var poisoned = Assert.Single((await poison.ReceiveMessagesAsync(maxMessages: 32, cancellationToken: safety.Token)).Value);
        var entry = JsonSerializer.Deserialize<PoisonMessage>(poisoned.MessageText, JsonSerializerOptions.Web)!;
        Assert.Equal("""{"itemId":"AAMk-2"}""", entry.MessageText);
        Assert.Equal(5, entry.DequeueCount);
        Assert.Equal("System.InvalidOperationException: Graph said no", entry.Error);
        Assert.Equal(sync.Deliveries[0].MessageId, entry.MessageId);
    }

    [Fact]
    public async Task A_message_that_is_not_base64_goes_to_the_poison_queue_and_the_rest_still_flow()
    {
        var queue = new QueueClient(azurite.ConnectionString, "work-" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateAsync();
        await queue.SendMessageAsync("{not base64}");
        await queue.SendMessageAsync(Convert.ToBase64String("""{"itemId":"AAMk-3"}"""u8.ToArray()));
        var sync = new RecordingQueueFunction("Sync");
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var safety = new CancellationTokenSource(Safety);

        await using (var app = await StartAsync(root, sync))
        {
            await sync.WaitForDeliveriesAsync(1, safety.Token);
            await app.App.StopAsync(safety.Token);
        }

        Assert.Equal("""{"itemId":"AAMk-3"}""", Assert.Single(sync.Deliveries).MessageText);
        var poison = new QueueClient(azurite.ConnectionString, queue.Name + "-poison", Base64);
        var poisoned = Assert.Single((await poison.ReceiveMessagesAsync(maxMessages: 32, cancellationToken: safety.Token)).Value);
        var entry = JsonSerializer.Deserialize<PoisonMessage>(poisoned.MessageText, JsonSerializerOptions.Web)!;
        Assert.Equal("{not base64}", entry.MessageText);
        Assert.Contains("base64", entry.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    private async Task<QueueClient> CreateQueueWithMessageAsync(string message)
    {
        var queue = new QueueClient(azurite.ConnectionString, "work-" + Guid.NewGuid().ToString("N")[..12], Base64);
        await queue.CreateAsync();
        await queue.SendMessageAsync(message);
        return queue;
    }

    private Task<TestApp> StartAsync(ScriptRoot root, RecordingQueueFunction function) =>
        TestApp.StartAsync(
            root.Path,
            services => services.AddSingleton<IQueueFunction>(function),
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = azurite.ConnectionString });
}
