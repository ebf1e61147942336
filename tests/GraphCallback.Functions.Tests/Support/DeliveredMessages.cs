using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>
/// Puts messages on a queue as earlier readers that failed or crashed leave them: each already read
/// (and put back at once) the given number of times, so its next delivery has the dequeue count a
/// test needs without waiting out real retry delays.
/// </summary>
internal static class DeliveredMessages
{
    /// <returns>Each message's receipt, in the order given.</returns>
    public static async Task<SendReceipt[]> SendAsync(QueueClient queue, params (string Text, int Delivered)[] messages)
    {
        // Most-read first; every round of reads between two sends reads all those sent so far.
        var order = messages.Select((message, index) => (message, index)).OrderByDescending(m => m.message.Delivered).ToList();
        var receipts = new SendReceipt[messages.Length];
        for (var k = 0; k < order.Count; k++)
        {
            receipts[order[k].index] = await queue.SendMessageAsync(order[k].message.Text);
            var rounds = order[k].message.Delivered - (k + 1 < order.Count ? order[k + 1].message.Delivered : 0);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var read in (await queue.ReceiveMessagesAsync(maxMessages: 32)).Value)
                {
                    await queue.UpdateMessageAsync(read.MessageId, read.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                }
            }
        }

        return receipts;
    }
}
