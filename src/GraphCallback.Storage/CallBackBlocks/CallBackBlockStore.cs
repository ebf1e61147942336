using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>
/// Per user (one partition): the block record of each day, the planning profile, and the pending
/// plan request that debounces re-planning. A day's record is written only over the version it was
/// decided on, so of two planners at once the second finds out and plans again.
/// </summary>
public sealed class CallBackBlockStore
{
    public const string DefaultTableName = "callbackblocks";

    private const string ProfileRow = "profile";
    private const string RequestRow = "plan-request";
    private const string DayPrefix = "day-";

    private readonly TableClient _table;

    public CallBackBlockStore(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The record of one window's block on <paramref name="day"/>; an empty one when nothing was planned.</summary>
    public async Task<BlockRecord> GetDayAsync(UserKey user, DateOnly day, int window = 1, CancellationToken cancellationToken = default) =>
        (await ReadDayAsync(user, day, window, cancellationToken).ConfigureAwait(false)).Record;

    /// <summary>The record of one window's block on <paramref name="day"/> with the ETag a write must carry.</summary>
    public async Task<StoredBlockRecord> ReadDayAsync(UserKey user, DateOnly day, int window = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, DayRow(day, window), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return new StoredBlockRecord(BlockRecord.Empty(day, window), null);
        }

        var entity = response.Value!;
        var record = new BlockRecord(
            day,
            Enum.Parse<BlockState>(entity.GetString("State")),
            entity.GetString("EventId"),
            RangeOf(entity, "Start", "End"),
            entity.GetInt32("Calls") ?? 0,
            entity.GetInt32("Generation") ?? 0,
            entity.GetBoolean("MovedByUser") ?? false,
            entity.GetString("Reason") ?? string.Empty,
            entity.GetString("AgendaHash"),
            window,
            entity.GetString("Intent") is { } step && entity.GetDateTimeOffset("IntentHeldUntil") is { } heldUntil
                ? new CalendarIntent(Enum.Parse<CalendarStep>(step), RangeOf(entity, "IntentStart", "IntentEnd"), heldUntil)
                : null);
        return new StoredBlockRecord(record, entity.ETag);
    }

    /// <summary>
    /// Writes the day's record if it is still the one read with <paramref name="etag"/> (none: there
    /// was no row). The new ETag, or null when another planner wrote first: nothing was written.
    /// </summary>
    public async Task<ETag?> TrySaveDayAsync(UserKey user, BlockRecord record, ETag? etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        var entity = new TableEntity(user.PartitionKey, DayRow(record.Day, record.Window))
        {
            ["State"] = record.State.ToString(),
            ["EventId"] = record.EventId,
            ["Start"] = record.Time?.Start,
            ["End"] = record.Time?.End,
            ["Calls"] = record.Calls,
            ["Generation"] = record.Generation,
            ["MovedByUser"] = record.MovedByUser,
            ["Reason"] = record.Reason,
            ["AgendaHash"] = record.AgendaHash,
            ["Intent"] = record.Intent?.Step.ToString(),
            ["IntentStart"] = record.Intent?.Time?.Start,
            ["IntentEnd"] = record.Intent?.Time?.End,
            ["IntentHeldUntil"] = record.Intent?.HeldUntil,
        };
        try
        {
            var response = etag is { } match
                ? await _table.UpdateEntityAsync(entity, match, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    public async Task<PlanningProfile?> GetProfileAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, ProfileRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ProfileOf(response.Value!) : null;
    }

    public async Task SaveProfileAsync(UserKey user, PlanningProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = new TableEntity(user.PartitionKey, ProfileRow) { ["Profile"] = JsonSerializer.Serialize(profile) };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every user with a planning profile: the ones who ever had a call to plan for.</summary>
    public async IAsyncEnumerable<(UserKey User, PlanningProfile Profile)> ProfilesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {ProfileRow}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (UserKey.FromPartitionKey(entity.PartitionKey), ProfileOf(entity));
        }
    }

    /// <summary>
    /// Asks for a plan at <paramref name="dueAt"/> unless one is already asked for. True when this
    /// call made the request (the caller then sends the plan message); a request older than
    /// <paramref name="staleAfter"/> past its due time counts as lost and is made again.
    /// </summary>
    public async Task<bool> TryRequestPlanAsync(UserKey user, DateTimeOffset dueAt, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = new TableEntity(user.PartitionKey, RequestRow) { ["DueAt"] = dueAt };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RequestRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue)
            {
                // Taken by the planner between our two calls: this change may have come too late for it.
                return await TryRequestPlanAsync(user, dueAt, now, staleAfter, cancellationToken).ConfigureAwait(false);
            }

            if (existing.Value!.GetDateTimeOffset("DueAt") is { } due && due + staleAfter > now)
            {
                return false;
            }

            try
            {
                await _table.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException raced) when (raced.Status is 404 or 412)
            {
                return false;
            }
        }
    }

    /// <summary>When the pending plan request is due, if there is one.</summary>
    public async Task<DateTimeOffset?> PlanRequestedForAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RequestRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.GetDateTimeOffset("DueAt") : null;
    }

    /// <summary>Takes the request before planning, so any change made while planning asks again.</summary>
    public async Task ClearPlanRequestAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await _table.DeleteEntityAsync(user.PartitionKey, RequestRow, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    private static TimeRange? RangeOf(TableEntity entity, string start, string end) =>
        entity.GetDateTimeOffset(start) is { } s && entity.GetDateTimeOffset(end) is { } e ? new TimeRange(s, e) : null;

    private static PlanningProfile ProfileOf(TableEntity entity) =>
        JsonSerializer.Deserialize<PlanningProfile>(entity.GetString("Profile")) ?? throw new InvalidDataException("An empty planning profile.");

    // The main window keeps the plain day key; the optional second one is suffixed.
    private static string DayRow(DateOnly day, int window) =>
        DayPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (window == 1 ? string.Empty : "-w" + window.ToString(CultureInfo.InvariantCulture));
}
