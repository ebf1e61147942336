using System.Security.Cryptography;
using System.Text;
using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.CallBackBlocks;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Settings;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// Plans one user's day — the block of the call-back window still to come or under way, so with a
/// second window the calls left after the first block get their own — and carries the plan out: the pure <see cref="CallBackPlanner"/> decides
/// from free/busy, pending follow-ups and what we booked before; this class only reads and writes.
/// The day's record is written after the calendar, and the event's transactionId makes a retry
/// after a crash in between find the same event.
/// </summary>
public sealed partial class BlockBooking(
    GraphClients graph,
    CallBackBlockStore blocks,
    FollowUpStore followUps,
    SettingsStore settings,
    TimeProvider time,
    ILogger<BlockBooking> logger)
{
    /// <param name="user">Whose day.</param>
    /// <param name="profile">Their zone, working hours and automatic replies.</param>
    /// <param name="busy">The day's busy times from getSchedule (our own block among them).</param>
    /// <param name="day">The day, in the user's zone.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the day's record says now.</returns>
    public async Task<BlockRecord> PlanDayAsync(
        UserKey user, PlanningProfile profile, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> busy, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(busy);
        using var activity = FunctionTelemetry.Source.StartActivity("PlanCallBackDay");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        var now = time.GetUtcNow();
        var hours = PlanningProfiles.HoursOf(profile);
        var zone = hours.Zone;
        var endOfDay = WallClock.InstantOf(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var pending = (await followUps.ListAsync(user, pendingOnly: true, cancellationToken).ConfigureAwait(false))
            .Where(f => f.SnoozedUntil is not { } until || until < endOfDay)
            .ToList();
        var userSettings = (await settings.GetAsync(user, cancellationToken).ConfigureAwait(false)).Settings;
        var window = CallBackWindow.Current(userSettings, day, now, zone);
        var events = new CallBackBlockEvents(graph.ForTenant(user.TenantId));
        var others = busy.Select(b => new TimeRange(b.Start, b.End)).ToList();
        var record = await SeeUserChangesAsync(
            user, await blocks.GetDayAsync(user, day, window.Number, cancellationToken).ConfigureAwait(false), others, events, cancellationToken).ConfigureAwait(false);

        var plan = CallBackPlanner.Plan(new PlanningDay(
            day,
            now,
            hours,
            userSettings,
            profile.OutOfOfficeFrom is { } from && profile.OutOfOfficeTo is { } to && to > from ? new TimeRange(from, to) : null,
            others,
            pending.Count,
            pending.Count == 0 ? null : pending.Min(f => f.Sla.DueAt),
            Booked(record),
            window));
        var agenda = BlockAgenda.For(pending, zone);
        var updated = await CarryOutAsync(user, record, plan, agenda, zone, events, cancellationToken).ConfigureAwait(false);
        await blocks.SaveDayAsync(user, updated, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("graphcallback.plan", plan.Action.ToString());
        LogPlanned(logger, plan.Action, plan.Calls);
        return updated;
    }

    /// <summary>
    /// Our block missing from free/busy where we left it means the user moved or deleted it; only
    /// then is the event looked up, so an untouched day costs no extra request.
    /// </summary>
    private async Task<BlockRecord> SeeUserChangesAsync(
        UserKey user, BlockRecord record, List<TimeRange> others, CallBackBlockEvents events, CancellationToken cancellationToken)
    {
        if (record.State != BlockState.Booked || record.Time is not { } ours)
        {
            return record;
        }

        if (others.Remove(ours))
        {
            return record;
        }

        var found = await events.FindAsync(user.ObjectId, record.Day, record.Window, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return record with { State = BlockState.DeletedByUser, EventId = null };
        }

        others.Remove(found.Time);
        return record with { EventId = found.Id, Time = found.Time, MovedByUser = true };
    }

    private static BookedBlock? Booked(BlockRecord record) => record switch
    {
        { State: BlockState.Booked, Time: { } at } => new BookedBlock(at, record.Calls, record.MovedByUser),
        { State: BlockState.DeletedByUser, Time: { } at } => new BookedBlock(at, record.Calls, DeletedByUser: true),
        _ => null,
    };

    private static async Task<BlockRecord> CarryOutAsync(
        UserKey user, BlockRecord record, BlockPlan plan, BlockAgenda agenda, TimeZoneInfo zone, CallBackBlockEvents events, CancellationToken cancellationToken)
    {
        var hash = Hash(agenda);
        switch (plan.Action)
        {
            case PlanAction.Create:
                var id = await events.CreateAsync(user.ObjectId, record.Day, record.Generation, plan.Time!.Value, agenda, zone, record.Window, cancellationToken).ConfigureAwait(false);
                return new BlockRecord(record.Day, BlockState.Booked, id, plan.Time, plan.Calls, record.Generation + 1, false, plan.Reason, hash, record.Window);
            case PlanAction.Resize or PlanAction.Move:
                await events.UpdateAsync(user.ObjectId, record.EventId!, plan.Time, agenda, zone, cancellationToken).ConfigureAwait(false);
                return record with { Time = plan.Time, Calls = plan.Calls, Reason = plan.Reason, AgendaHash = hash };
            case PlanAction.Describe when hash != record.AgendaHash:
                await events.UpdateAsync(user.ObjectId, record.EventId!, null, agenda, zone, cancellationToken).ConfigureAwait(false);
                return record with { Calls = plan.Calls, Reason = plan.Reason, AgendaHash = hash };
            case PlanAction.Remove:
                await events.DeleteAsync(user.ObjectId, record.EventId!, cancellationToken).ConfigureAwait(false);
                return record with { State = BlockState.None, EventId = null, Time = null, Calls = 0, MovedByUser = false, Reason = plan.Reason, AgendaHash = null };
            case PlanAction.NoTimeToday:
                return record with { State = BlockState.NoTime, Calls = plan.Calls, Reason = plan.Reason };
            default:
                return record with
                {
                    State = record.State == BlockState.NoTime && plan.Calls == 0 ? BlockState.None : record.State,
                    Reason = plan.Reason,
                };
        }
    }

    private static string Hash(BlockAgenda agenda) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(agenda.Title + "\n" + agenda.HtmlBody)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned a call-back day: {Action} for {Calls} calls")]
    private static partial void LogPlanned(ILogger logger, PlanAction action, int calls);
}
