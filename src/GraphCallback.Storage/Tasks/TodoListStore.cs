using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.Storage.FollowUps;

namespace GraphCallback.Storage.Tasks;

/// <summary>
/// The user's To Do list id and its tasks delta link: one row in the user's partition. Every write
/// is guarded by the row's ETag, so two instances setting up the same user agree on one list.
/// </summary>
public sealed class TodoListStore
{
    private const string RowKey = "todolist";
    private const int MaxAttempts = 5;

    private readonly TableClient _table;

    public TodoListStore(TableServiceClient service, string tableName = FollowUpStore.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task<TodoList?> GetAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        var row = await ReadAsync(user, cancellationToken).ConfigureAwait(false);
        return row?.GetString("ListId") is { Length: > 0 } listId ? new TodoList(listId, NullIfEmpty(row.GetString("DeltaLink"))) : null;
    }

    /// <summary>
    /// Records <paramref name="listId"/> as the user's list unless another one is recorded already
    /// (another instance set the user up first).
    /// </summary>
    /// <returns>The list id now recorded: <paramref name="listId"/> or the one that was there.</returns>
    public async Task<string> SetListAsync(UserKey user, string listId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = await ReadAsync(user, cancellationToken).ConfigureAwait(false);
            if (row?.GetString("ListId") is { Length: > 0 } recorded)
            {
                return recorded;
            }

            if (await TryWriteAsync(new TableEntity(user.PartitionKey, RowKey) { ["ListId"] = listId, ["DeltaLink"] = string.Empty }, row?.ETag, cancellationToken).ConfigureAwait(false))
            {
                return listId;
            }
        }

        throw new ConcurrencyExhaustedException($"Recording the To Do list of {user} lost {MaxAttempts} races.");
    }

    /// <summary>Forgets the list if it is still the recorded one (the user deleted it); the next sync makes a new one.</summary>
    public async Task ForgetListAsync(UserKey user, string listId, CancellationToken cancellationToken = default)
    {
        var row = await ReadAsync(user, cancellationToken).ConfigureAwait(false);
        if (row?.GetString("ListId") == listId)
        {
            // A lost race means someone else already changed the row: nothing of ours is left to forget.
            await TryWriteAsync(new TableEntity(user.PartitionKey, RowKey) { ["ListId"] = string.Empty, ["DeltaLink"] = string.Empty }, row.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records where catch-up resumes, if the list is still the recorded one.</summary>
    public async Task SetDeltaLinkAsync(UserKey user, string listId, string deltaLink, CancellationToken cancellationToken = default)
    {
        var row = await ReadAsync(user, cancellationToken).ConfigureAwait(false);
        if (row?.GetString("ListId") == listId)
        {
            // A lost race means another round stored its own link: the next round catches up from either.
            await TryWriteAsync(new TableEntity(user.PartitionKey, RowKey) { ["ListId"] = listId, ["DeltaLink"] = deltaLink }, row.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private async Task<TableEntity?> ReadAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private async Task<bool> TryWriteAsync(TableEntity entity, ETag? basedOn, CancellationToken cancellationToken)
    {
        try
        {
            _ = basedOn is { } etag
                ? await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}
