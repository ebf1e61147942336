using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// The transactional outbox of follow-up changes: every write of a follow-up also writes its
/// intent row, in the same entity-group transaction, so a change can never be committed without
/// the knowledge that its To Do task and call-back block must follow. A sync clears the rows it
/// has brought in line (by their ETags, so a change made meanwhile stays); a sweep re-requests
/// those left behind when a queue send failed or a process died.
/// </summary>
public sealed class SyncOutbox
{
    private const string FollowUpIdColumn = "FollowUpId";
    private const string RequestedAtColumn = "RequestedAt";

    private readonly TableClient _table;

    public SyncOutbox(TableServiceClient service, string tableName = FollowUpStore.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    /// <summary>The user's waiting intents.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey} and RowKey ge {RowKeys.OutboxPrefix} and RowKey lt {RowKeys.EndOf(RowKeys.OutboxPrefix)}"),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every user's intents older than <paramref name="requestedBefore"/>: the ones their sync should have cleared by now.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListWaitingAsync(DateTimeOffset requestedBefore, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            TableClient.CreateQueryFilter($"RowKey ge {RowKeys.OutboxPrefix} and RowKey lt {RowKeys.EndOf(RowKeys.OutboxPrefix)} and RequestedAt lt {requestedBefore}"),
            cancellationToken).ConfigureAwait(false);

    /// <summary>Clears intents that were synced; one rewritten since it was read (a newer change) stays.</summary>
    public async Task ClearAsync(IEnumerable<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            try
            {
                await _table.DeleteEntityAsync(entry.User.PartitionKey, RowKeys.Outbox(entry.FollowUpId), entry.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Cleared by another sync, or a newer change wrote it again: that change's sync clears it.
            }
        }
    }

    /// <summary>The intent row a follow-up write carries in its transaction. It names the follow-up in the column the retention purge deletes by.</summary>
    internal static TableTransactionAction Intent(UserKey user, FollowUpId id, DateTimeOffset at) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(user.PartitionKey, RowKeys.Outbox(id))
        {
            [FollowUpIdColumn] = id.ToString(),
            [RequestedAtColumn] = at,
        });

    private async Task<IReadOnlyList<OutboxEntry>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(
                UserKey.FromPartitionKey(entity.PartitionKey),
                FollowUpId.Parse(entity.GetString(FollowUpIdColumn)),
                entity.GetDateTimeOffset(RequestedAtColumn) ?? DateTimeOffset.MinValue,
                entity.ETag));
        }

        return entries;
    }
}
