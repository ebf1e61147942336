using System.Text.Json;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Ordering;
using GraphCallback.Functions.Storage;
using GraphCallback.Storage.CallBackBlocks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// Queue function behind <c>callback-plan</c>: once the debounce is over, re-plans the user's
/// block for today with one getSchedule read. A message that arrives early is put back, never
/// acted on early; a second delivery plans again, which changes nothing the first did not.
/// </summary>
public sealed class PlanCallBackBlock(
    CallBackBlockStore blocks,
    PlanningProfiles profiles,
    BlockBooking booking,
    WorkQueues queues,
    UserWork userWork,
    IOptions<CallBackBlockOptions> options,
    IOptions<UserOrderingOptions> ordering,
    TimeProvider time) : IQueueFunction
{
    public const string FunctionName = "PlanCallBackBlock";

    public string Name => FunctionName;

    public async Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var work = JsonSerializer.Deserialize<PlanWork>(message.MessageText) ?? throw new InvalidDataException("An empty plan work item.");
        var user = UserKey.FromPartitionKey(work.Owner);
        var now = time.GetUtcNow();
        if (await blocks.PlanRequestedForAsync(user, cancellationToken).ConfigureAwait(false) is { } due && due > now)
        {
            await PlanRequests.SendAsync(queues, user, PlanRequests.Shorter(due - now, options.Value.RecheckAfter), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Under the user's lease: the day's calendar writes never meet another planner's or a sync's.
        if (!await userWork.TryRunAsync(user, ct => PlanAsync(user, now, ct), cancellationToken).ConfigureAwait(false))
        {
            await PlanRequests.SendAsync(queues, user, ordering.Value.BusyRetryAfter, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PlanAsync(UserKey user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Taken before planning: a change that lands while we plan asks for a plan of its own.
        await blocks.ClearPlanRequestAsync(user, cancellationToken).ConfigureAwait(false);
        var profile = await profiles.RefreshAsync(user, cancellationToken).ConfigureAwait(false);
        var day = PlanDay.Of(now, PlanningProfiles.HoursOf(profile).Zone);
        await booking.PlanDayAsync(user, profile, busy: null, day, cancellationToken).ConfigureAwait(false);
    }
}
