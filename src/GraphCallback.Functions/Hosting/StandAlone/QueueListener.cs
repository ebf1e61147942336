using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Storage.Queues;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// Stand-alone mode only: reads each queue function's Storage queue and hands every message to the
/// same function the host would call. A failed delivery is retried later and later
/// (<see cref="QueueListenerOptions.RetryAfter"/>), held messages keep their short leases renewed,
/// and after host.json's maxDequeueCount deliveries a message goes to the poison queue in an
/// envelope with its error. In custom-handler mode the Functions host owns the queues and this does nothing.
/// </summary>
public sealed partial class QueueListener(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    HostingMode mode,
    IOptions<StorageOptions> storage,
    IOptions<QueueListenerOptions> options,
    TimeProvider time,
    PollingClock polling,
    ILogger<QueueListener> logger) : BackgroundService
{
    // An empty queue is polled ever more slowly up to this; the host waits up to a minute, but a
    // local run should pick up work within a couple of seconds.
    private static readonly TimeSpan FastestPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan SlowestPoll = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        mode.IsCustomHandler
            ? Task.CompletedTask
            : Task.WhenAll(catalog.Queues.Select(queue => ListenAsync(queue, stoppingToken)));

    private async Task ListenAsync(QueueFunctionDefinition function, CancellationToken stoppingToken)
    {
        // Messages are read as stored and decoded here, so one that is not base64 goes to the
        // poison queue like any other undeliverable message instead of failing every read of its batch.
        var queue = new QueueClient(storage.Value.ConnectionString, function.QueueName);
        var poison = new PoisonQueue(storage.Value.ConnectionString, function.QueueName);
        var settings = options.Value;
        var created = false;
        var idle = FastestPoll;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    await poison.CreateIfNotExistsAsync(stoppingToken);
                    created = true;
                    LogListening(function.Name, function.QueueName);
                }

                QueueMessage[] messages = await queue.ReceiveMessagesAsync(settings.BatchSize, settings.Lease, stoppingToken);
                if (messages.Length == 0)
                {
                    await PauseAsync(idle, stoppingToken);
                    idle = idle * 2 < SlowestPoll ? idle * 2 : SlowestPoll;
                    continue;
                }

                idle = FastestPoll;
                await using var batch = new LeasedBatch(queue, messages, settings, polling.Time, logger);
                // Side by side, as the host hands out a batch: a user's Graph work is ordered by
                // the user's lease (Ordering/UserWork), capture is commutative under ETags.
                await Task.WhenAll(batch.Messages.Select(held => DeliverAsync(function, poison, held, stoppingToken)));
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
    private async Task DeliverAsync(QueueFunctionDefinition function, PoisonQueue poison, HeldMessage held, CancellationToken stoppingToken)
    {
        var message = held.Message;
        if (stoppingToken.IsCancellationRequested)
        {
            // Read but not started before shutdown: straight back for the next run.
            await held.ReleaseAsync(TimeSpan.Zero);
            return;
        }

        if (message.DequeueCount > catalog.MaxDequeueCount)
        {
            // It was delivered before but never settled (the process died while handling it).
            await MoveToPoisonAsync(function, poison, held, "Delivered more times than allowed without completing.");
            return;
        }

        if (!QueueText.TryDecode(message.MessageText, out var text))
        {
            await MoveToPoisonAsync(function, poison, held, "The message is not base64-encoded, which the Functions queue trigger requires.");
            return;
        }

        try
        {
            await invoker.HandleQueueAsync(function.Name, new QueueDelivery(message.MessageId, text, message.DequeueCount), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Interrupted by shutdown, not failed: hand it straight back for the next run.
            await held.ReleaseAsync(TimeSpan.Zero);
            return;
        }
        catch (Exception ex)
        {
            if (message.DequeueCount < catalog.MaxDequeueCount)
            {
                await RetryLaterAsync(function, held);
            }
            else
            {
                await MoveToPoisonAsync(function, poison, held, $"{ex.GetType().FullName}: {ex.Message}");
            }

            return;
        }

        await held.DeleteAsync();
    }

    // Hidden longer after each failure, so the tries span an outage of minutes, not seconds.
    private async Task RetryLaterAsync(QueueFunctionDefinition function, HeldMessage held)
    {
        var delay = options.Value.RetryAfter(held.Message.DequeueCount);
        using var activity = FunctionTelemetry.Source.StartActivity("RetryQueueMessage");
        QueueTelemetry.Tag(activity, function.QueueName, held.Message);
        activity?.SetTag(QueueTelemetry.HiddenFor, delay.TotalSeconds);
        activity?.SetTag(QueueTelemetry.VisibleAt, await held.ReleaseAsync(delay));
    }

    private async Task MoveToPoisonAsync(QueueFunctionDefinition function, PoisonQueue poison, HeldMessage held, string error)
    {
        var message = held.Message;
        using var activity = FunctionTelemetry.Source.StartActivity("PoisonQueueMessage");
        QueueTelemetry.Tag(activity, function.QueueName, message);
        var entry = new PoisonMessage(message.MessageId, message.MessageText, message.DequeueCount, error, time.GetUtcNow());
        if (!await poison.KeepAsync(entry, CancellationToken.None))
        {
            LogKeptWithoutError(message.MessageId, poison.Name);
        }

        await held.DeleteAsync();
        LogPoisoned(function.Name, message.MessageId, message.DequeueCount, poison.Name);
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken) =>
        await Task.Delay(delay, polling.Time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue function {Function} listening on queue {Queue}")]
    private partial void LogListening(string function, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} could not be read; retrying")]
    private partial void LogQueueUnavailable(string queue, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue function {Function} gave up on message {MessageId} after {DequeueCount} deliveries; moved to {PoisonQueue}")]
    private partial void LogPoisoned(string function, string messageId, long dequeueCount, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} is too large for an envelope with its error; {PoisonQueue} keeps it alone, as the Functions host would")]
    private partial void LogKeptWithoutError(string messageId, string poisonQueue);
}
