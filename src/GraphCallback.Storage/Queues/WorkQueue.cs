using Azure.Storage.Queues;

namespace GraphCallback.Storage.Queues;

/// <summary>
/// Sends work to a Storage queue named in a function.json. Messages are base64-encoded because
/// that is what the Azure Functions queue trigger reads by default.
/// </summary>
public sealed class WorkQueue
{
    private readonly QueueClient _queue;

    public WorkQueue(string connectionString, string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        _queue = new QueueClient(connectionString, queueName, Options);
        Name = queueName;
    }

    /// <summary>The client options every GraphCallback queue client uses (base64 messages).</summary>
    public static QueueClientOptions Options => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public string Name { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    public async Task SendAsync(string message, CancellationToken cancellationToken = default) =>
        await _queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);

    /// <summary>Sends a message that stays invisible for <paramref name="delay"/> (at most 7 days).</summary>
    public async Task SendAsync(string message, TimeSpan delay, CancellationToken cancellationToken = default) =>
        await _queue.SendMessageAsync(message, visibilityTimeout: delay, cancellationToken: cancellationToken).ConfigureAwait(false);
}
