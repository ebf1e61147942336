using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Ordering;

/// <summary>
/// One lease row per user: whoever holds it is the only one, across every instance, writing the
/// user's To Do tasks and call-back block or judging their To Do changes. Taken with an insert
/// (one winner), taken over only once expired (with its ETag), renewed while the work runs, so a
/// killed instance holds a user for at most one lease period.
/// </summary>
public sealed class UserLeases
{
    public const string DefaultTableName = "userleases";

    private const string RowKey = "work";

    private readonly TableClient _table;

    public UserLeases(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    /// <returns>The lease, or null while another holder's lease has not expired.</returns>
    public async Task<UserLease?> TryAcquireAsync(UserKey user, string holder, DateTimeOffset now, TimeSpan period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        var entity = Entity(user, holder, now + period);
        try
        {
            var added = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return new UserLease(user, holder, now + period, ETagOf(added));
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!current.HasValue || current.Value!.GetDateTimeOffset("Until") > now)
            {
                return null;
            }

            return await TryReplaceAsync(new UserLease(user, holder, now + period, current.Value.ETag), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>The renewed lease, or null when it was lost (expired and taken over).</returns>
    public async Task<UserLease?> TryRenewAsync(UserLease lease, DateTimeOffset now, TimeSpan period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return await TryReplaceAsync(lease with { Until = now + period }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the lease at once, so the user's next work need not wait for it to expire; one taken over stays its new holder's.</summary>
    public async Task ReleaseAsync(UserLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            await _table.DeleteEntityAsync(lease.User.PartitionKey, RowKey, lease.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Expired and taken over, or gone already: nothing of ours to release.
        }
    }

    private async Task<UserLease?> TryReplaceAsync(UserLease lease, CancellationToken cancellationToken)
    {
        try
        {
            var replaced = await _table.UpdateEntityAsync(Entity(lease.User, lease.Holder, lease.Until), lease.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return lease with { ETag = ETagOf(replaced) };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    private static TableEntity Entity(UserKey user, string holder, DateTimeOffset until) =>
        new(user.PartitionKey, RowKey) { ["Holder"] = holder, ["Until"] = until };

    private static ETag ETagOf(Response response) =>
        response.Headers.ETag ?? throw new InvalidDataException("Table storage answered without an ETag.");
}
