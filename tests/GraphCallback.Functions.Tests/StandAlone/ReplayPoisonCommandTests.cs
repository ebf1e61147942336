using Azure.Storage.Queues;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Storage.Queues;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.StandAlone;

/// <summary>
/// <c>replay-poison</c> against a real Azurite: the listener's envelopes and the Functions host's
/// bare copies go back to their queue as first sent, and are then processed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReplayPoisonCommandTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(60);

    private static readonly QueueClientOptions Base64 = new() { MessageEncoding = QueueMessageEncoding.Base64 };

    [Fact]
    public async Task Puts_poisoned_messages_back_on_their_queue_where_they_are_then_processed()
    {
        var queue = new QueueClient(azurite.ConnectionString, "work-" + Guid.NewGuid().ToString("N")[..12], Base64);
        await queue.CreateAsync();
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var safety = new CancellationTokenSource(Safety);

        // One poisoned by the stand-alone listener, one as the Functions host leaves it: the
        // original message alone.
        await LastDelivery.FailAsync(azurite.ConnectionString, queue, """{"itemId":"AAMk-enveloped"}""", safety.Token);
        var poison = new QueueClient(azurite.ConnectionString, PoisonQueue.NameFor(queue.Name), Base64);
        await poison.SendMessageAsync("""{"itemId":"AAMk-host"}""", safety.Token);

        var output = new StringWriter();
        var exit = await ReplayPoisonCommand.RunAsync(
            [ReplayPoisonCommand.Verb, queue.Name, "--Storage:ConnectionString", azurite.ConnectionString, "--Functions:ScriptRoot", root.Path], output);

        Assert.Equal((0, $"{poison.Name}: 2 replayed to {queue.Name}"), (exit, output.ToString().Trim()));
        Assert.Equal(0, (await poison.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);

        var working = new RecordingQueueFunction("Sync");
        await using (var app = await StartAsync(root, working))
        {
            await working.WaitForDeliveriesAsync(2, safety.Token);
            await app.App.StopAsync(safety.Token);
        }

        Assert.Equal(
            [("""{"itemId":"AAMk-enveloped"}""", 1L), ("""{"itemId":"AAMk-host"}""", 1L)],
            working.Deliveries.Select(d => (d.MessageText, d.DequeueCount)).Order());
        Assert.Equal(0, (await queue.GetPropertiesAsync(safety.Token)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Refuses_a_queue_no_function_reads()
    {
        using var root = new ScriptRoot().WithQueue("Sync", "sync");
        var output = new StringWriter();

        var exit = await ReplayPoisonCommand.RunAsync(
            [ReplayPoisonCommand.Verb, "sink", "--Storage:ConnectionString", azurite.ConnectionString, "--Functions:ScriptRoot", root.Path], output);

        Assert.Equal(2, exit);
        Assert.Contains("no queue function reads 'sink' (queues: sync)", output.ToString(), StringComparison.Ordinal);
    }

    private Task<TestApp> StartAsync(ScriptRoot root, IQueueFunction function) => TestApp.StartAsync(root, azurite.ConnectionString, function);
}
