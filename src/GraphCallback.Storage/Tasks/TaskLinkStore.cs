using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Users;
using GraphCallback.Storage.FollowUps;

namespace GraphCallback.Storage.Tasks;

/// <summary>
/// Each follow-up's To Do task link, a row beside the follow-up in the user's partition (its own
/// row, so follow-up writes and task writes never undo each other). The row carries the
/// follow-up's id in the column the retention purge deletes by, so it goes with its follow-up.
/// </summary>
public sealed class TaskLinkStore
{
    private const string Prefix = "task_";

    private readonly TableClient _table;

    public TaskLinkStore(TableServiceClient service, string tableName = FollowUpStore.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task<TaskLink?> GetAsync(UserKey user, FollowUpId followUpId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, Prefix + followUpId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>The link of the task with this Graph id, if it is one of ours.</summary>
    public async Task<TaskLink?> FindByTaskIdAsync(UserKey user, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey} and RowKey ge {Prefix} and RowKey lt {"task`"} and TaskId eq {taskId}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return FromEntity(entity);
        }

        return null;
    }

    public async Task<IReadOnlyList<TaskLink>> ListAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey} and RowKey ge {Prefix} and RowKey lt {"task`"}");
        var links = new List<TaskLink>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            links.Add(FromEntity(entity));
        }

        return links;
    }

    /// <summary>
    /// Writes the link if its row still has the link's ETag (or, for a new link, does not exist yet).
    /// </summary>
    /// <returns>The link with its new ETag, or null when someone else wrote (or deleted it) first.</returns>
    public async Task<TaskLink?> TrySaveAsync(UserKey user, TaskLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(link);
        var entity = ToEntity(user, link);
        try
        {
            var response = link.ETag == default
                ? await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityAsync(entity, link.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return link with { ETag = response.Headers.ETag ?? throw new InvalidDataException("Table storage answered without an ETag.") };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Deletes the link if its row still has the link's ETag.</summary>
    /// <returns>False when someone else wrote or deleted it first.</returns>
    public async Task<bool> TryDeleteAsync(UserKey user, TaskLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(link);
        try
        {
            await _table.DeleteEntityAsync(user.PartitionKey, Prefix + link.FollowUpId, link.ETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(UserKey user, TaskLink link) => new(user.PartitionKey, Prefix + link.FollowUpId)
    {
        ["FollowUpId"] = link.FollowUpId.ToString(),
        ["State"] = link.State.ToString(),
        ["ListId"] = link.ListId,
        ["TaskId"] = link.TaskId,
        ["ClaimedAt"] = link.ClaimedAt,
        ["Fingerprint"] = link.Fingerprint,
        ["KnownCompleted"] = link.Known.Completed,
        ["KnownDueAt"] = link.Known.DueAt,
        ["WritingCompleted"] = link.Writing?.Completed,
        ["WritingDueAt"] = link.Writing?.DueAt,
    };

    private static TaskLink FromEntity(TableEntity e) => new(
        FollowUpId.Parse(e.GetString("FollowUpId")),
        Enum.Parse<TaskLinkState>(e.GetString("State")),
        e.GetString("ListId"),
        e.GetString("TaskId"),
        e.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue,
        e.GetString("Fingerprint"),
        new TaskSeen(e.GetBoolean("KnownCompleted") ?? false, e.GetDateTimeOffset("KnownDueAt")),
        e.ETag)
    {
        Writing = e.GetBoolean("WritingCompleted") is { } completed ? new TaskSeen(completed, e.GetDateTimeOffset("WritingDueAt")) : null,
    };
}
