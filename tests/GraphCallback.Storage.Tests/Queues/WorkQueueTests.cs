using Azure.Storage.Queues;
using GraphCallback.Storage.Queues;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Queues;

[Collection(AzuriteCollection.Name)]
public class WorkQueueTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Messages_are_base64_encoded_as_the_Functions_queue_trigger_expects()
    {
        var name = "q" + Guid.NewGuid().ToString("N");
        var queue = new WorkQueue(azurite.ConnectionString, name);
        await queue.CreateIfNotExistsAsync();

        await queue.SendAsync("{\"user\":\"ä\"}");

        var raw = new QueueClient(azurite.ConnectionString, name);
        var message = (await raw.ReceiveMessageAsync()).Value;
        Assert.Equal("{\"user\":\"ä\"}", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)));
    }
}
