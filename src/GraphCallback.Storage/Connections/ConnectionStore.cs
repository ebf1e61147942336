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

    public async Task SaveAsync(Connection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var entity = new TableEntity(connection.User.TenantId, connection.User.ObjectId)
        {
            ["ConnectedAt"] = connection.ConnectedAt,
            ["InboxSubscriptionId"] = connection.InboxSubscriptionId,
            ["InboxDeltaLink"] = connection.InboxDeltaLink,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
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
