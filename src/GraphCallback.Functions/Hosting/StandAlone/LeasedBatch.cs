using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// The messages of one read, held while they are handled one after another: every
/// <see cref="QueueListenerOptions.RenewEvery"/> each one not yet settled gets its lease renewed,
/// so long work keeps its message and the messages waiting behind it keep theirs.
/// </summary>
internal sealed partial class LeasedBatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _done = new();
    private readonly QueueListenerOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Task _renewing;

    /// <param name="clock">The polling clock: leases run out on Storage's real time, whatever the app's clock says.</param>
    public LeasedBatch(QueueClient queue, IEnumerable<QueueMessage> messages, QueueListenerOptions options, TimeProvider clock, ILogger logger)
    {
        _options = options;
        _clock = clock;
        _logger = logger;
        Messages = [.. messages.Select(message => new HeldMessage(queue, message, logger))];

        // Its first wait is armed before this returns, so no handler runs unwatched.
        _renewing = RenewAsync(queue.Name);
    }

    public IReadOnlyList<HeldMessage> Messages { get; }

    public async ValueTask DisposeAsync()
    {
        await _done.CancelAsync();
        await _renewing;
        _done.Dispose();
        foreach (var held in Messages)
        {
            held.Dispose();
        }
    }

    private async Task RenewAsync(string queueName)
    {
        while (true)
        {
            await Task.Delay(_options.RenewEvery, _clock, _done.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (_done.IsCancellationRequested)
            {
                return;
            }

            foreach (var held in Messages.Where(held => !held.Settled))
            {
                using var activity = FunctionTelemetry.Source.StartActivity("RenewQueueLease");
                QueueTelemetry.Tag(activity, queueName, held.Message);
                try
                {
                    activity?.SetTag(QueueTelemetry.VisibleAt, await held.RenewAsync(_options.Lease));
                }
                catch (Exception e)
                {
                    // Storage did not answer: try again next round; if the lease runs out first,
                    // the message is delivered again, which handlers tolerate.
                    activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                    LogRenewalFailed(_logger, held.Message.MessageId, queueName, e);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the lease on message {MessageId} of queue {Queue}")]
    private static partial void LogRenewalFailed(ILogger logger, string messageId, string queue, Exception exception);
}
