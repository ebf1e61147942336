using Azure;
using Azure.Storage.Queues;

namespace GraphCallback.Storage.Queues;

/// <summary>
/// The <c>{queue}-poison</c> queue beside a work queue: where messages that kept failing are kept,
/// by the stand-alone listener as a <see cref="PoisonMessage"/> envelope and by the Functions host
/// as the original message alone, and from where they are put back.
/// </summary>
public sealed class PoisonQueue
{
    /// <summary>The largest message Storage queues accept, in stored characters.</summary>
    public const int MaxStoredLength = 64 * 1024;

    private const int ReceiveBatch = 32;

    // Long enough to put a received batch back before the poison queue shows it again.
    private static readonly TimeSpan ReplayLease = TimeSpan.FromMinutes(5);

    // Read and written as stored: bodies go back byte for byte, whatever their encoding.
    private readonly QueueClient _poison;
    private readonly QueueClient _queue;

    public PoisonQueue(string connectionString, string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        _poison = new QueueClient(connectionString, NameFor(queueName));
        _queue = new QueueClient(connectionString, queueName);
    }

    public string Name => _poison.Name;

    public string QueueName => _queue.Name;

    /// <summary>The poison queue's name for a work queue: the same the Functions host uses.</summary>
    public static string NameFor(string queueName) => queueName + "-poison";

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Keeps a message given up on, in its envelope; one too large for an envelope is kept as the
    /// host keeps it, alone, so it is never lost for want of room for its error.
    /// </summary>
    /// <returns>False when only the message itself could be kept.</returns>
    public async Task<bool> KeepAsync(PoisonMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var envelope = QueueText.Encode(message.ToJson());
        var enveloped = envelope.Length <= MaxStoredLength;
        await _poison.SendMessageAsync(enveloped ? envelope : message.Body, cancellationToken).ConfigureAwait(false);
        return enveloped;
    }

    /// <summary>
    /// Moves what is on the poison queue now back to the work queue, as it was first stored,
    /// deleting each from the poison queue only once it is back. Messages that fail again meanwhile
    /// are left for the next replay rather than looped over.
    /// </summary>
    public async Task<PoisonReplay> ReplayAsync(CancellationToken cancellationToken = default)
    {
        if (!await _poison.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return new PoisonReplay(0, 0);
        }

        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var waiting = (await _poison.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
        int replayed = 0, failed = 0;
        while (replayed + failed < waiting)
        {
            var batch = (await _poison.ReceiveMessagesAsync(Math.Min(ReceiveBatch, waiting - replayed - failed), ReplayLease, cancellationToken).ConfigureAwait(false)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                try
                {
                    await _queue.SendMessageAsync(Original(message.MessageText), cancellationToken).ConfigureAwait(false);
                    await _poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                    replayed++;
                }
                catch (RequestFailedException)
                {
                    // Not back, or back but still on the poison queue: the next replay takes it
                    // (a second copy is harmless, deliveries are at-least-once anyway).
                    failed++;
                }
            }
        }

        return new PoisonReplay(replayed, failed);
    }

    private static string Original(string stored) =>
        QueueText.TryDecode(stored, out var text) && PoisonMessage.TryRead(text, out var envelope) ? envelope.Body : stored;
}
