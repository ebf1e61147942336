using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Failures;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Ordering;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.Functions.Storage;

/// <summary>Every table and queue the app uses, created if missing (idempotent): the one list of them.</summary>
public sealed class StorageSchema(
    FollowUpStore followUps,
    SubscriptionStore subscriptions,
    SubscriptionClaims subscriptionClaims,
    UserLeases userLeases,
    ConnectionStore connections,
    Watermarks watermarks,
    CallBackBlockStore blocks,
    FailureMarkers failures,
    WorkQueues queues)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await followUps.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await subscriptions.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await subscriptionClaims.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await userLeases.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await connections.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await watermarks.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await blocks.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await failures.CreateTableIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var queue in queues.All)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
