using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Availability;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.CallBackBlocks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// Hourly timer: books the day for every user for whom it is now the planning hour (early
/// morning in their own zone). Free/busy comes from getSchedule, up to 20 mailboxes per request
/// per tenant; zone, hours and automatic replies from the stored planning profiles. So planning
/// N users costs at most ⌈N/20⌉ reads plus one write per user whose block changes.
/// </summary>
public sealed partial class PlanCallBackBlocks(
    CallBackBlockStore blocks,
    BlockBooking booking,
    GraphClients graph,
    IOptions<CallBackBlockOptions> options,
    TimeProvider time,
    ILogger<PlanCallBackBlocks> logger) : ITimerFunction
{
    public string Name => "PlanCallBackBlocks";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = new List<(UserKey User, PlanningProfile Profile, DateOnly Day, TimeZoneInfo Zone)>();
        await foreach (var (user, profile) in blocks.ProfilesAsync(cancellationToken).ConfigureAwait(false))
        {
            var zone = PlanningProfiles.HoursOf(profile).Zone;
            if (Core.Sla.WallClock.LocalOf(now, zone).Hour == options.Value.PlanningHour)
            {
                due.Add((user, profile, PlanDay.Of(now, zone), zone));
            }
        }

        foreach (var batch in due.GroupBy(d => d.User.TenantId).SelectMany(tenant => tenant.Chunk(ScheduleReader.MaxMailboxes)))
        {
            await PlanBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PlanBatchAsync(IReadOnlyList<(UserKey User, PlanningProfile Profile, DateOnly Day, TimeZoneInfo Zone)> batch, CancellationToken cancellationToken)
    {
        // One range covering every user's local day: their zones may differ.
        var bounds = batch.Select(b => PlanDay.Bounds(b.Day, b.Zone)).ToList();
        var reader = new ScheduleReader(graph.ForTenant(batch[0].User.TenantId));
        var busy = await reader.BusyByMailboxAsync(
            batch[0].User.ObjectId, [.. batch.Select(b => b.Profile.Address)], bounds.Min(b => b.Start), bounds.Max(b => b.End), cancellationToken).ConfigureAwait(false);
        foreach (var (user, profile, day, _) in batch)
        {
            if (!busy.TryGetValue(profile.Address, out var times))
            {
                LogNoSchedule(logger, user.PartitionKey);
                continue;
            }

            try
            {
                await booking.PlanDayAsync(user, profile, times, day, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One user's failure must not cost the others their morning; the next change re-plans them.
                LogPlanFailed(logger, user.PartitionKey, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "getSchedule returned no free/busy for user {User}; their day is not planned this morning")]
    private static partial void LogNoSchedule(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Error, Message = "Planning the day of user {User} failed")]
    private static partial void LogPlanFailed(ILogger logger, string user, Exception exception);
}
