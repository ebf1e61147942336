using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// Follow-ups in Azure Table Storage, one partition per user. Ingesting a call is one
/// entity-group transaction (call key + follow-up + caller index + sync intent), so it happens entirely or not
/// at all; every update is guarded by the ETag it was decided on and retried on fresh state when
/// someone else wrote first, never overwritten.
/// </summary>
public sealed class FollowUpStore
{
    public const string DefaultTableName = "followups";

    private const string FollowUpIdColumn = "FollowUpId";

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly int _maxAttempts;

    public FollowUpStore(TableServiceClient service, TimeProvider time, string tableName = DefaultTableName, int maxAttempts = 10)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _table = service.GetTableClient(tableName);
        _time = time;
        _maxAttempts = maxAttempts;
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Ingests a call: idempotent on its source item, merging by caller, retried on conflicts.</summary>
    public Task<IngestResult> IngestAsync(UserKey user, CallEvent call, UserPolicy policy, CancellationToken cancellationToken = default) =>
        IngestAsync(user, call, policy, null, cancellationToken);

    /// <summary>As <see cref="IngestAsync(UserKey, CallEvent, UserPolicy, CancellationToken)"/>, once per <paramref name="request"/>: a repeat answers what the first did.</summary>
    public async Task<IngestResult> IngestAsync(UserKey user, CallEvent call, UserPolicy policy, IdempotentRequest? request, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= _maxAttempts; attempt++)
        {
            var prepared = await PrepareIngestionAsync(user, call, policy, request, cancellationToken).ConfigureAwait(false);
            if (await TryCommitAsync(prepared, cancellationToken).ConfigureAwait(false))
            {
                return prepared.Result;
            }
        }

        throw new ConcurrencyExhaustedException($"Ingestion lost {_maxAttempts} races in partition {user}.");
    }

    /// <summary>Reads what the decision needs and decides; nothing is written yet.</summary>
    public Task<PreparedIngestion> PrepareIngestionAsync(UserKey user, CallEvent call, UserPolicy policy, CancellationToken cancellationToken = default) =>
        PrepareIngestionAsync(user, call, policy, null, cancellationToken);

    private async Task<PreparedIngestion> PrepareIngestionAsync(UserKey user, CallEvent call, UserPolicy policy, IdempotentRequest? request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(call);
        if (request is not null && await FindRequestAsync(user, request, cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            return new PreparedIngestion(user, new IngestResult(recorded.Outcome ?? IntakeOutcome.Duplicate, recorded.FollowUpId), []);
        }

        var partition = user.PartitionKey;
        var callRowKey = RowKeys.Call(call.Key);
        var seen = await FindAsync(partition, callRowKey, cancellationToken).ConfigureAwait(false);
        if (seen is not null)
        {
            var earlier = new IngestResult(IntakeOutcome.Duplicate, FollowUpId.Parse(seen.GetString(FollowUpIdColumn)));
            return new PreparedIngestion(user, earlier, []);
        }

        TableEntity? callerRow = null;
        StoredFollowUp? existing = null;
        if (call.Caller.Number.E164 is { } e164)
        {
            callerRow = await FindAsync(partition, RowKeys.Caller(e164), cancellationToken).ConfigureAwait(false);
            if (callerRow is not null)
            {
                existing = await GetAsync(user, FollowUpId.Parse(callerRow.GetString(FollowUpIdColumn)), cancellationToken).ConfigureAwait(false);
            }
        }

        var decision = CallIntake.Decide(call, existing?.FollowUp, policy, FollowUpId.New(_time));
        var result = new IngestResult(decision.Outcome, decision.FollowUp.Id);
        if (decision.Outcome == IntakeOutcome.Duplicate)
        {
            return new PreparedIngestion(user, result, []);
        }

        var actions = new List<TableTransactionAction>
        {
            // Add fails if another instance ingested the same item meanwhile: the whole batch then fails.
            new(TableTransactionActionType.Add, new TableEntity(partition, callRowKey) { [FollowUpIdColumn] = result.FollowUpId.ToString() }),
            FollowUpAction(user, decision.FollowUp, existing?.ETag),
            SyncOutbox.Intent(user, result.FollowUpId, _time.GetUtcNow()),
        };
        if (request is not null)
        {
            actions.Add(RequestAction(user, request, result.FollowUpId, result.Outcome));
        }

        if (call.Caller.Number.E164 is { } number)
        {
            var index = new TableEntity(partition, RowKeys.Caller(number)) { [FollowUpIdColumn] = result.FollowUpId.ToString() };
            actions.Add(callerRow is null
                ? new TableTransactionAction(TableTransactionActionType.Add, index)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, index, callerRow.ETag));
        }

        return new PreparedIngestion(user, result, actions);
    }

    /// <summary>Submits a prepared ingestion; false when the partition changed since it was prepared (nothing was written).</summary>
    public async Task<bool> TryCommitAsync(PreparedIngestion prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Actions.Count == 0)
        {
            return true;
        }

        try
        {
            await _table.SubmitTransactionAsync(prepared.Actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (IsLostRace(e.Status))
        {
            return false;
        }
    }

    public async Task<StoredFollowUp?> GetAsync(UserKey user, FollowUpId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = await FindAsync(user.PartitionKey, RowKeys.FollowUp(id), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : new StoredFollowUp(FollowUpRow.FromEntity(entity), entity.ETag);
    }

    /// <summary>The user's follow-ups, most urgent first: by priority, then by due time.</summary>
    public async Task<IReadOnlyList<FollowUp>> ListAsync(UserKey user, bool pendingOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {user.PartitionKey} and RowKey ge {RowKeys.FollowUpPrefix} and RowKey lt {RowKeys.EndOf(RowKeys.FollowUpPrefix)}");
        if (pendingOnly)
        {
            filter += " and Pending eq true";
        }

        var followUps = new List<FollowUp>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            followUps.Add(FollowUpRow.FromEntity(entity));
        }

        return [.. followUps.OrderBy(f => f.Priority).ThenBy(f => f.Sla.DueAt)];
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the follow-up and writes it if nobody else wrote first;
    /// otherwise re-reads and applies the change again to the fresh state. Null when it does not exist.
    /// </summary>
    public async Task<FollowUp?> ChangeAsync(UserKey user, FollowUpId id, Action<FollowUp> change, CancellationToken cancellationToken = default) =>
        (await ChangeAsync(user, id, change, null, cancellationToken).ConfigureAwait(false)).Changed;

    /// <summary>As <see cref="ChangeAsync(UserKey, FollowUpId, Action{FollowUp}, CancellationToken)"/>, once per <paramref name="request"/>.</summary>
    public async Task<FollowUpChangeResult> ChangeAsync(UserKey user, FollowUpId id, Action<FollowUp> change, IdempotentRequest? request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= _maxAttempts; attempt++)
        {
            // Looked up on every attempt: a lost race may have been lost to this very request, sent twice at once.
            if (request is not null && await FindRequestAsync(user, request, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                return new FollowUpChangeResult(null, earlier);
            }

            var stored = await GetAsync(user, id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return new FollowUpChangeResult(null, null);
            }

            change(stored.FollowUp);
            if (await TryReplaceAsync(user, stored.FollowUp, stored.ETag, request, cancellationToken).ConfigureAwait(false))
            {
                return new FollowUpChangeResult(stored.FollowUp, null);
            }
        }

        throw new ConcurrencyExhaustedException($"Changing follow-up {id} lost {_maxAttempts} races.");
    }

    /// <summary>
    /// Writes the follow-up if its row still has <paramref name="etag"/>, together with its sync
    /// intent (<see cref="SyncOutbox"/>) in the same transaction; false when someone else wrote first.
    /// </summary>
    public Task<bool> TryReplaceAsync(UserKey user, FollowUp followUp, ETag etag, CancellationToken cancellationToken = default) =>
        TryReplaceAsync(user, followUp, etag, null, cancellationToken);

    /// <summary>As <see cref="TryReplaceAsync(UserKey, FollowUp, ETag, CancellationToken)"/>, recording <paramref name="request"/>'s key in the same transaction; false as well when the key is already used.</summary>
    public async Task<bool> TryReplaceAsync(UserKey user, FollowUp followUp, ETag etag, IdempotentRequest? request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(followUp);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, FollowUpRow.ToEntity(user, followUp, _time.GetUtcNow()), etag),
            SyncOutbox.Intent(user, followUp.Id, _time.GetUtcNow()),
        };
        if (request is not null)
        {
            actions.Add(RequestAction(user, request, followUp.Id, null));
        }

        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (IsLostRace(e.Status))
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes follow-ups closed before <paramref name="closedBefore"/> with their call keys and
    /// caller index. Call keys go first, so an interrupted purge leaves a follow-up that the next
    /// purge finishes, never call keys pointing nowhere.
    /// </summary>
    public async Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"Pending eq false and ChangedAt lt {closedBefore} and RowKey ge {RowKeys.FollowUpPrefix} and RowKey lt {RowKeys.EndOf(RowKeys.FollowUpPrefix)}");
        var purged = 0;
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var followUp = FollowUpRow.FromEntity(row);
            // The column name goes outside the formattable string: CreateQueryFilter quotes every argument as a value.
            var related = TableClient.CreateQueryFilter($"PartitionKey eq {row.PartitionKey}") +
                $" and {FollowUpIdColumn} eq " + TableClient.CreateQueryFilter($"{followUp.Id.ToString()}");
            var rows = new List<TableEntity>();
            await foreach (var entity in _table.QueryAsync<TableEntity>(related, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(entity);
            }

            try
            {
                foreach (var chunk in rows.Chunk(100))
                {
                    await _table.SubmitTransactionAsync(
                        chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag)), cancellationToken).ConfigureAwait(false);
                }

                await _table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
                purged++;
            }
            catch (RequestFailedException e) when (IsLostRace(e.Status))
            {
                // A new call reached this caller while we purged: the follow-up is live again, so it stays.
            }
        }

        return purged;
    }

    private static bool IsLostRace(int status) => status is 409 or 412;

    /// <summary>What the request under this key did, if it was carried out before.</summary>
    public async Task<RecordedRequest?> FindRequestAsync(UserKey user, IdempotentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var row = await FindAsync(user.PartitionKey, request.RowKey, cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : new RecordedRequest(
                row.GetString("Fingerprint"),
                FollowUpId.Parse(row.GetString(FollowUpIdColumn)),
                row.GetString("Outcome") is { } outcome ? Enum.Parse<IntakeOutcome>(outcome) : null);
    }

    // Add, not upsert: a second request with the key fails the whole transaction, so it changes nothing.
    // The row names its follow-up in the column the retention purge deletes by.
    private static TableTransactionAction RequestAction(UserKey user, IdempotentRequest request, FollowUpId id, IntakeOutcome? outcome) =>
        new(TableTransactionActionType.Add, new TableEntity(user.PartitionKey, request.RowKey)
        {
            [FollowUpIdColumn] = id.ToString(),
            ["Fingerprint"] = request.Fingerprint,
            ["Outcome"] = outcome?.ToString(),
        });

    private TableTransactionAction FollowUpAction(UserKey user, FollowUp followUp, ETag? etag)
    {
        var entity = FollowUpRow.ToEntity(user, followUp, _time.GetUtcNow());
        return etag is { } match
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, match)
            : new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    private async Task<TableEntity?> FindAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
