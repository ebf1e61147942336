using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Ordering;
using GraphCallback.Functions.Storage;
using GraphCallback.Storage.FollowUps;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Sync;

/// <summary>
/// Queue function behind <c>sync</c>: runs every <see cref="IFollowUpSync"/> for the user in
/// registration order, under the user's lease, then clears the outbox intents it has brought in
/// line. A failure of one sync still lets the others run, then makes the whole message retry;
/// each sync is idempotent, so the ones that had already succeeded find nothing left to do. A user whose lease is held elsewhere gets the
/// message back a little later instead of a second writer beside the first.
/// </summary>
public sealed class ProcessSync(
    IEnumerable<IFollowUpSync> syncs, UserWork work, SyncOutbox outbox, WorkQueues queues, IOptions<UserOrderingOptions> ordering) : IQueueFunction
{
    public const string FunctionName = "ProcessSync";

    public string Name => FunctionName;

    public async Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = JsonSerializer.Deserialize<SyncWork>(message.MessageText)
            ?? throw new InvalidDataException("An empty sync work item.");
        var user = UserKey.FromPartitionKey(request.Owner);
        var changed = request.FollowUpIds.Select(FollowUpId.Parse).ToList();
        // The run's activity ends only once the lease is released, so whoever waits for it finds the user free.
        Activity? run = null;
        bool ran;
        try
        {
            ran = await work.TryRunAsync(
                user,
                ct =>
                {
                    run = FunctionTelemetry.Source.StartActivity("SyncFollowUps");
                    run?.SetTag("graphcallback.user", user.PartitionKey);
                    return SyncAsync(user, changed, ct);
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            run?.Dispose();
        }

        if (!ran)
        {
            using var deferred = FunctionTelemetry.Source.StartActivity("SyncDeferred");
            deferred?.SetTag("graphcallback.user", user.PartitionKey);
            await queues.For(FunctionName).SendAsync(message.MessageText, ordering.Value.BusyRetryAfter, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SyncAsync(UserKey user, IReadOnlyList<FollowUpId> changed, CancellationToken cancellationToken)
    {
        // Read before syncing: an intent written while we sync has a new ETag and outlives this clear.
        var intents = (await outbox.ListAsync(user, cancellationToken).ConfigureAwait(false)).Where(e => changed.Contains(e.FollowUpId)).ToList();
        // Every sync runs even when one before it failed: a task that cannot be written must not
        // keep the call-back block from being planned. The message is retried for the failure.
        var failures = new List<Exception>();
        foreach (var sync in syncs)
        {
            try
            {
                await sync.SyncAsync(user, changed, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add(e);
            }
        }

        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures.Count > 1)
        {
            throw new AggregateException(failures);
        }

        await outbox.ClearAsync(intents, cancellationToken).ConfigureAwait(false);
    }
}
