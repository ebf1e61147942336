using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using GraphCallback.Functions.Hosting.Catalog;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// Stand-alone mode only: reads each queue function's Storage queue and hands every message to the
/// same function the host would call, with the host's retry and poison rules. In custom-handler
/// mode the Functions host owns the queues and this does nothing.
/// </summary>
public sealed partial class QueueListener(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    HostingMode mode,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    PollingClock polling,
    ILogger<QueueListener> logger) : BackgroundService
{
    private const int BatchSize = 16;

    // An empty queue is polled ever more slowly up to this; the host waits up to a minute, but a
    // local run should pick up work within a couple of seconds.
    private static readonly TimeSpan FastestPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan SlowestPoll = TimeSpan.FromSeconds(2);

    // A message stays hidden from other readers while it is handled; if the process dies it
    // reappears after this, as with the host (which renews its 10 minutes while a handler runs).
    private static readonly TimeSpan HandlingTime = TimeSpan.FromMinutes(10);

    // The Functions queue trigger reads base64 by default; producers write the same.
    private static readonly QueueClientOptions ClientOptions = new() { MessageEncoding = QueueMessageEncoding.Base64 };

    private static readonly JsonSerializerOptions PoisonJson = new(JsonSerializerDefaults.Web);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        mode.IsCustomHandler
            ? Task.CompletedTask
            : Task.WhenAll(catalog.Queues.Select(queue => ListenAsync(queue, stoppingToken)));

    private async Task ListenAsync(QueueFunctionDefinition function, CancellationToken stoppingToken)
    {
        // Messages are read raw and decoded here, so one that is not base64 goes to the poison
        // queue like any other undeliverable message instead of failing every receive of its batch.
        var queue = new QueueClient(storage.Value.ConnectionString, function.QueueName);
        var poison = new QueueClient(storage.Value.ConnectionString, function.PoisonQueueName, ClientOptions);
        var created = false;
        var idle = FastestPoll;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    created = true;
                    LogListening(function.Name, function.QueueName);
                }

                QueueMessage[] messages = await queue.ReceiveMessagesAsync(BatchSize, HandlingTime, stoppingToken);
                if (messages.Length == 0)
                {
                    await PauseAsync(idle, stoppingToken);
                    idle = idle * 2 < SlowestPoll ? idle * 2 : SlowestPoll;
                    continue;
                }

                idle = FastestPoll;
                foreach (var message in messages)
                {
                    await DeliverAsync(function, queue, poison, message, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogQueueUnavailable(function.QueueName, ex);
                await PauseAsync(SlowestPoll, stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // Once the function has finished, the message is settled even while the app shuts down:
    // leaving it would deliver it again for no reason.
    private async Task DeliverAsync(
        QueueFunctionDefinition function, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > catalog.MaxDequeueCount)
        {
            // It was delivered before but never settled (the process died while handling it).
            await MoveToPoisonAsync(function, queue, poison, message, "Delivered more times than allowed without completing.");
            return;
        }

        if (!TryDecode(message.MessageText, out var text))
        {
            await MoveToPoisonAsync(function, queue, poison, message, "The message is not base64-encoded, which the Functions queue trigger requires.");
            return;
        }

        var delivery = new QueueDelivery(message.MessageId, text, message.DequeueCount);
        try
        {
            await invoker.HandleQueueAsync(function.Name, delivery, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Interrupted by shutdown, not failed: hand it straight back for the next run.
            await MakeVisibleAgainAsync(queue, message);
            return;
        }
        catch (Exception ex)
        {
            if (message.DequeueCount < catalog.MaxDequeueCount)
            {
                await MakeVisibleAgainAsync(queue, message);
            }
            else
            {
                await MoveToPoisonAsync(function, queue, poison, message, $"{ex.GetType().FullName}: {ex.Message}");
            }

            return;
        }

        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
    }

    // Visible again at once, like the host's default retry (queues.visibilityTimeout 0).
    private static async Task MakeVisibleAgainAsync(QueueClient queue, QueueMessage message) =>
        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None);

    private static bool TryDecode(string raw, out string text)
    {
        var bytes = new byte[raw.Length];
        if (Convert.TryFromBase64String(raw, bytes, out var written))
        {
            text = System.Text.Encoding.UTF8.GetString(bytes, 0, written);
            return true;
        }

        text = raw;
        return false;
    }

    private async Task MoveToPoisonAsync(QueueFunctionDefinition function, QueueClient queue, QueueClient poison, QueueMessage message, string error)
    {
        TryDecode(message.MessageText, out var text);
        var entry = new PoisonMessage(message.MessageId, text, message.DequeueCount, error, time.GetUtcNow());
        await poison.SendMessageAsync(JsonSerializer.Serialize(entry, PoisonJson), CancellationToken.None);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        LogPoisoned(function.Name, message.MessageId, message.DequeueCount, function.PoisonQueueName);
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken) =>
        await Task.Delay(delay, polling.Time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue function {Function} listening on queue {Queue}")]
    private partial void LogListening(string function, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} could not be read; retrying")]
    private partial void LogQueueUnavailable(string queue, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue function {Function} gave up on message {MessageId} after {DequeueCount} deliveries; moved to {PoisonQueue}")]
    private partial void LogPoisoned(string function, string messageId, long dequeueCount, string poisonQueue);
}
