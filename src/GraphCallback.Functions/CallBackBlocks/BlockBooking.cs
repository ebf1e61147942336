using System.Security.Cryptography;
using System.Text;
using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Availability;
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
/// Planners on several instances may plan one day at once, so every write of the day's record
/// carries the ETag it was decided on, and a planner that loses the race reads everything again
/// and plans again. A calendar write is recorded as an intent before it is made and cleared after,
/// so a planner that dies in between leaves enough for the next to tell our write from the user's
/// (and the event's transactionId makes a create retried after a crash find the same event).
/// </summary>
public sealed partial class BlockBooking(
    GraphClients graph,
    CallBackBlockStore blocks,
    FollowUpStore followUps,
    SettingsStore settings,
    PlanRequests requests,
    TimeProvider time,
    ILogger<BlockBooking> logger)
{
    /// <summary>
    /// How long a planner holds the day once it has recorded a calendar write: longer than a Graph
    /// call with its retries. Others meanwhile leave the day to it and plan again once it is over.
    /// </summary>
    public static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    private const int MaxAttempts = 5;

    /// <param name="user">Whose day.</param>
    /// <param name="profile">Their zone, working hours and automatic replies.</param>
    /// <param name="busy">The day's busy times from getSchedule (our own block among them); null to read them here.</param>
    /// <param name="day">The day, in the user's zone.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the day's record says now.</returns>
    public async Task<BlockRecord> PlanDayAsync(
        UserKey user, PlanningProfile profile, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>? busy, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(profile);
        using var activity = FunctionTelemetry.Source.StartActivity("PlanCallBackDay");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        var events = new CallBackBlockEvents(graph.ForTenant(user.TenantId));
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // Free/busy read here comes before the record, so the record is never older than what it is checked against.
            var handedIn = busy is not null;
            busy ??= await BusyAsync(user, profile, day, cancellationToken).ConfigureAwait(false);
            if (await TryPlanAsync(user, profile, busy, handedIn, day, events, cancellationToken).ConfigureAwait(false) is { } planned)
            {
                activity?.SetTag("graphcallback.plan", planned.Outcome);
                return planned.Record;
            }

            busy = null;
        }

        throw new ConcurrencyExhaustedException($"Planning the call-back day of {user} lost {MaxAttempts} races.");
    }

    /// <summary>One reading and planning of the day; null when another planner wrote first or free/busy may be stale.</summary>
    private async Task<(BlockRecord Record, string Outcome)?> TryPlanAsync(
        UserKey user,
        PlanningProfile profile,
        IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> busy,
        bool busyMayBeStale,
        DateOnly day,
        CallBackBlockEvents events,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hours = PlanningProfiles.HoursOf(profile);
        var zone = hours.Zone;
        var endOfDay = WallClock.InstantOf(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var pending = (await followUps.ListAsync(user, pendingOnly: true, cancellationToken).ConfigureAwait(false))
            .Where(f => f.SnoozedUntil is not { } until || until < endOfDay)
            .ToList();
        var userSettings = (await settings.GetAsync(user, cancellationToken).ConfigureAwait(false)).Settings;
        var window = CallBackWindow.Current(userSettings, day, now, zone);
        var stored = await blocks.ReadDayAsync(user, day, window.Number, cancellationToken).ConfigureAwait(false);
        if (stored.Record.Intent is { } held && held.HeldUntil > now)
        {
            // Another planner is writing the block: the day is planned again once its hold is over.
            await requests.RequestAsync(user, held.HeldUntil, cancellationToken).ConfigureAwait(false);
            LogHeld(logger, held.Step);
            return (stored.Record, "Held");
        }

        var others = busy.Select(b => new TimeRange(b.Start, b.End)).ToList();
        if (await BlockWhereabouts.SeeAsync(user, stored.Record, others, busyMayBeStale, events, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }

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
        var hash = Hash(agenda);
        var step = StepOf(plan, record, hash);
        var etag = stored.ETag;
        if (step is { } intended)
        {
            // Recorded first: if we die during the Graph call, the next planner knows the write was ours.
            etag = await blocks.TrySaveDayAsync(user, record with { Intent = new CalendarIntent(intended, plan.Time, now + Hold) }, etag, cancellationToken).ConfigureAwait(false);
            if (etag is null)
            {
                return null;
            }
        }

        var updated = step is { } write
            ? await WriteAsync(write, user, record, plan, agenda, hash, zone, events, cancellationToken).ConfigureAwait(false)
            : Settled(record, plan);
        var unchanged = step is null && updated == stored.Record;
        if (!unchanged && await blocks.TrySaveDayAsync(user, updated, etag, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        LogPlanned(logger, plan.Action, plan.Calls);
        return (updated, plan.Action.ToString());
    }

    private async Task<IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>> BusyAsync(UserKey user, PlanningProfile profile, DateOnly day, CancellationToken cancellationToken)
    {
        var (start, end) = PlanDay.Bounds(day, PlanningProfiles.HoursOf(profile).Zone);
        return await new ScheduleReader(graph.ForTenant(user.TenantId)).BusyAsync(user.ObjectId, profile.Address, start, end, cancellationToken).ConfigureAwait(false);
    }

    private static BookedBlock? Booked(BlockRecord record) => record switch
    {
        { State: BlockState.Booked, Time: { } at } => new BookedBlock(at, record.Calls, record.MovedByUser),
        { State: BlockState.DeletedByUser, Time: { } at } => new BookedBlock(at, record.Calls, DeletedByUser: true),
        _ => null,
    };

    /// <summary>The calendar write the plan needs, if any: an unchanged list is not written again.</summary>
    private static CalendarStep? StepOf(BlockPlan plan, BlockRecord record, string hash) => plan.Action switch
    {
        PlanAction.Create => CalendarStep.Create,
        PlanAction.Resize or PlanAction.Move => CalendarStep.Change,
        PlanAction.Describe when hash != record.AgendaHash => CalendarStep.Change,
        PlanAction.Remove => CalendarStep.Remove,
        _ => null,
    };

    private static async Task<BlockRecord> WriteAsync(
        CalendarStep step, UserKey user, BlockRecord record, BlockPlan plan, BlockAgenda agenda, string hash, TimeZoneInfo zone, CallBackBlockEvents events, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case CalendarStep.Create:
                var id = await events.CreateAsync(user.ObjectId, record.Day, record.Generation, plan.Time!.Value, agenda, zone, record.Window, cancellationToken).ConfigureAwait(false);
                return new BlockRecord(record.Day, BlockState.Booked, id, plan.Time, plan.Calls, record.Generation + 1, false, plan.Reason, hash, record.Window);
            case CalendarStep.Change:
                // Describe keeps the time, so only the title and list are sent.
                await events.UpdateAsync(user.ObjectId, record.EventId!, plan.Time == record.Time ? null : plan.Time, agenda, zone, cancellationToken).ConfigureAwait(false);
                return record with { Time = plan.Time, Calls = plan.Calls, Reason = plan.Reason, AgendaHash = hash };
            default:
                await events.DeleteAsync(user.ObjectId, record.EventId!, cancellationToken).ConfigureAwait(false);
                return record with { State = BlockState.None, EventId = null, Time = null, Calls = 0, MovedByUser = false, Reason = plan.Reason, AgendaHash = null };
        }
    }

    /// <summary>The record after a plan that writes nothing to the calendar.</summary>
    private static BlockRecord Settled(BlockRecord record, BlockPlan plan) => plan.Action switch
    {
        PlanAction.NoTimeToday => record with { State = BlockState.NoTime, Calls = plan.Calls, Reason = plan.Reason },
        _ => record with
        {
            State = record.State == BlockState.NoTime && plan.Calls == 0 ? BlockState.None : record.State,
            Reason = plan.Reason,
        },
    };

    private static string Hash(BlockAgenda agenda) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(agenda.Title + "\n" + agenda.HtmlBody)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned a call-back day: {Action} for {Calls} calls")]
    private static partial void LogPlanned(ILogger logger, PlanAction action, int calls);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left a call-back day to the planner writing its block ({Step}); it is planned again after")]
    private static partial void LogHeld(ILogger logger, CalendarStep step);
}
