using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Storage;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.CallBackBlocks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// The call-back block's part of sync: asks for today's block to be re-planned after the
/// debounce. Only the first change of a burst sends a message; the others find the request
/// already made, and the plan, when it runs, sees all of them.
/// </summary>
public sealed class PlanRequests(CallBackBlockStore blocks, WorkQueues queues, IOptions<CallBackBlockOptions> options, TimeProvider time) : IFollowUpSync
{
    // A request whose message has not run this long after it was due was lost (a crash between
    // the table write and the send): it is made again rather than blocking the user's plans.
    private static readonly TimeSpan Lost = TimeSpan.FromMinutes(10);

    public async Task SyncAsync(UserKey user, IReadOnlyList<FollowUpId> changed, CancellationToken cancellationToken) =>
        await RequestAsync(user, time.GetUtcNow() + options.Value.Debounce, cancellationToken).ConfigureAwait(false);

    /// <summary>Asks for a plan of the user's day at <paramref name="dueAt"/>; only the change that makes the request sends the message.</summary>
    public async Task RequestAsync(UserKey user, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await blocks.TryRequestPlanAsync(user, dueAt, now, Lost, cancellationToken).ConfigureAwait(false))
        {
            await SendAsync(queues, user, Shorter(dueAt - now, options.Value.RecheckAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts a plan message for <paramref name="user"/> on the queue, hidden for <paramref name="delay"/>.</summary>
    public static async Task SendAsync(WorkQueues queues, UserKey user, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(user);
        await queues.For(PlanCallBackBlock.FunctionName)
            .SendAsync(JsonSerializer.Serialize(new PlanWork(user.PartitionKey)), delay, cancellationToken)
            .ConfigureAwait(false);
    }

    public static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
