using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Connections;

/// <summary>
/// Connected users, partitioned by tenant: call records are tenant-wide, so capture asks "who in
/// this tenant is connected" with one partition query; timers walk all of them.
/// </summary>
public sealed class ConnectionStore
{
    public const string DefaultTableName = "connections";

    private readonly TableClient _table;

    public ConnectionStore(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Records where inbox catch-up resumes, touching no other column: a reconnect may be changing
    /// the subscription at the same moment, and neither write may undo the other.
    /// </summary>
    public async Task SetInboxDeltaLinkAsync(UserKey user, string deltaLink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = new TableEntity(user.TenantId, user.ObjectId) { ["InboxDeltaLink"] = deltaLink };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the user's current inbox subscription, touching no other column.</summary>
    public async Task SetInboxSubscriptionAsync(UserKey user, string subscriptionId, DateTimeOffset connectedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = new TableEntity(user.TenantId, user.ObjectId) { ["InboxSubscriptionId"] = subscriptionId, ["ConnectedAt"] = connectedAt };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Connection?> FindAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.TenantId, user.ObjectId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task<IReadOnlyList<Connection>> InTenantAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {tenantId}"), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Connection>> AllAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(null, cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<Connection>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var connections = new List<Connection>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            connections.Add(FromEntity(entity));
        }

        return connections;
    }

    private static Connection FromEntity(TableEntity e) => new(
        new UserKey(e.PartitionKey, e.RowKey),
        e.GetDateTimeOffset("ConnectedAt") ?? DateTimeOffset.MinValue,
        e.GetString("InboxSubscriptionId"),
        e.GetString("InboxDeltaLink"));
}
