using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// A message the listener has read and not yet settled. Every change to it needs the pop receipt
/// the previous change returned, so renewals and the settlement take turns, and once it is settled
/// nothing touches it again.
/// </summary>
internal sealed partial class HeldMessage(QueueClient queue, QueueMessage message, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private string _popReceipt = message.PopReceipt;
    private volatile bool _settled;

    public QueueMessage Message => message;

    public bool Settled => _settled;

    /// <summary>Keeps the message hidden for another <paramref name="lease"/>; null when it is settled or its lease was lost.</summary>
    public Task<DateTimeOffset?> RenewAsync(TimeSpan lease) => ChangeAsync(settles: false, async () =>
    {
        UpdateReceipt receipt = await queue.UpdateMessageAsync(message.MessageId, _popReceipt, visibilityTimeout: lease, cancellationToken: CancellationToken.None);
        _popReceipt = receipt.PopReceipt;
        return receipt.NextVisibleOn;
    });

    /// <summary>Lets the message go, to be read again after <paramref name="delay"/>; null when its lease was lost.</summary>
    public Task<DateTimeOffset?> ReleaseAsync(TimeSpan delay) => ChangeAsync(settles: true, async () =>
    {
        UpdateReceipt receipt = await queue.UpdateMessageAsync(message.MessageId, _popReceipt, visibilityTimeout: delay, cancellationToken: CancellationToken.None);
        return receipt.NextVisibleOn;
    });

    /// <summary>Removes the message from its queue: it is done with, or kept elsewhere.</summary>
    public Task DeleteAsync() => ChangeAsync(settles: true, async () =>
    {
        await queue.DeleteMessageAsync(message.MessageId, _popReceipt, CancellationToken.None);
        return null;
    });

    public void Dispose() => _turn.Dispose();

    private async Task<DateTimeOffset?> ChangeAsync(bool settles, Func<Task<DateTimeOffset?>> change)
    {
        await _turn.WaitAsync(CancellationToken.None);
        try
        {
            if (_settled)
            {
                return null;
            }

            var result = await change();
            _settled = settles;
            return result;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The lease ran out and someone read the message again, or it is gone: either way it
            // is no longer ours to change, and its next reader settles it.
            _settled = true;
            LogLeaseLost(logger, message.MessageId, queue.Name);
            return null;
        }
        finally
        {
            _turn.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease on message {MessageId} of queue {Queue}; it will be delivered again")]
    private static partial void LogLeaseLost(ILogger logger, string messageId, string queue);
}
