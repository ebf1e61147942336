using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using GraphCallback.Functions.Hosting.Catalog;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>Runs the stand-alone listener on a message whose last allowed delivery fails, until the message is on the poison queue.</summary>
internal static class LastDelivery
{
    public const string Error = "Graph said no";

    /// <returns>The message's receipt from its queue, and the function that failed it.</returns>
    public static async Task<(SendReceipt Sent, RecordingQueueFunction Function)> FailAsync(
        string storageConnectionString, QueueClient queue, string text, CancellationToken cancellationToken)
    {
        var sent = await DeliveredMessages.SendAsync(queue, (text, FunctionCatalog.DefaultMaxDequeueCount - 1));
        var function = new RecordingQueueFunction("Sync", new InvalidOperationException(Error));
        using var root = new ScriptRoot().WithQueue("Sync", queue.Name);
        using var activities = new QueueActivities(queue.Name);
        await using (var app = await TestApp.StartAsync(root, storageConnectionString, function))
        {
            await activities.WaitForAsync("PoisonQueueMessage", 1, cancellationToken);
            await app.App.StopAsync(cancellationToken);
        }

        return (sent[0], function);
    }
}
