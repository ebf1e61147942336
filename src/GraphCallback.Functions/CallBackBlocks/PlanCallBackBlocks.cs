using GraphCallback.Core.Users;
using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Ordering;
using GraphCallback.Functions.Storage;
using GraphCallback.Graph.Availability;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.CallBackBlocks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// Hourly timer: books the day for every user for whom it is now the planning hour (early
/// morning in their own zone). Free/busy comes from getSchedule, up to 20 mailboxes per request
/// per tenant; zone, hours and automatic replies from the stored planning profiles. So planning
/// N users costs at most ⌈N/20⌉ reads plus one write per user whose block changes. Each user is
/// an item of their own: one whose free/busy or booking fails is marked, and the others are planned.
/// </summary>
public sealed partial class PlanCallBackBlocks(
    CallBackBlockStore blocks,
    BlockBooking booking,
    GraphClients graph,
    FailingItems failures,
    UserWork work,
    WorkQueues queues,
    IOptions<CallBackBlockOptions> options,
    IOptions<UserOrderingOptions> ordering,
    TimeProvider time,
    ILogger<PlanCallBackBlocks> logger) : ITimerFunction
{
    public string Name => "PlanCallBackBlocks";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var marked = await failures.MarkedAsync(Name, null, cancellationToken).ConfigureAwait(false);
        var due = new List<Morning>();
        await foreach (var (user, profile) in blocks.ProfilesAsync(cancellationToken).ConfigureAwait(false))
        {
            var zone = PlanningProfiles.HoursOf(profile).Zone;
            var failing = marked.GetValueOrDefault(user.PartitionKey);
            if (Core.Sla.WallClock.LocalOf(now, zone).Hour == options.Value.PlanningHour && !(failing?.NextTry > now))
            {
                due.Add(new Morning(user, profile, PlanDay.Of(now, zone), zone, failing is not null));
            }
        }

        foreach (var batch in due.GroupBy(d => d.User.TenantId).SelectMany(tenant => tenant.Chunk(ScheduleReader.MaxMailboxes)))
        {
            await PlanBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PlanBatchAsync(IReadOnlyList<Morning> batch, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>>? busy = null;
        if (batch.Count > 1)
        {
            try
            {
                busy = await BusyAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // The request goes through the batch's first mailbox: its failure must not cost
                // the others their morning, so each reads their own free/busy instead.
                LogBatchFailed(logger, batch.Count, FailureReason.Of(e));
            }
        }

        foreach (var morning in batch)
        {
            await failures.TryAsync(Name, morning.User.PartitionKey, morning.Failing, ct => PlanAsync(morning, busy, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PlanAsync(Morning morning, IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>>? busy, CancellationToken cancellationToken)
    {
        busy ??= await BusyAsync([morning], cancellationToken).ConfigureAwait(false);
        if (!busy.TryGetValue(morning.Profile.Address, out var times))
        {
            throw new InvalidDataException("getSchedule returned no free/busy for the mailbox.");
        }

        // A user whose block is being planned elsewhere right now gets a plan of their own a little later.
        if (!await work.TryRunAsync(morning.User, ct => booking.PlanDayAsync(morning.User, morning.Profile, times, morning.Day, ct), cancellationToken).ConfigureAwait(false))
        {
            await PlanRequests.SendAsync(queues, morning.User, ordering.Value.BusyRetryAfter, cancellationToken).ConfigureAwait(false);
        }
    }

    // One range covering every user's local day: their zones may differ.
    private Task<IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>>> BusyAsync(IReadOnlyList<Morning> batch, CancellationToken cancellationToken)
    {
        var bounds = batch.Select(b => PlanDay.Bounds(b.Day, b.Zone)).ToList();
        return new ScheduleReader(graph.ForTenant(batch[0].User.TenantId)).BusyByMailboxAsync(
            batch[0].User.ObjectId, [.. batch.Select(b => b.Profile.Address)], bounds.Min(b => b.Start), bounds.Max(b => b.End), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "getSchedule for {Users} users failed ({Reason}); each reads their own")]
    private static partial void LogBatchFailed(ILogger logger, int users, string reason);

    /// <summary>A user whose planning hour it is, their day and zone, and whether they are marked failing.</summary>
    private sealed record Morning(UserKey User, PlanningProfile Profile, DateOnly Day, TimeZoneInfo Zone, bool Failing);
}
