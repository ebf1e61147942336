using Azure.Data.Tables;

namespace GraphCallback.Storage.Connections;

/// <summary>Per tenant, how far the PSTN call log has been read.</summary>
public sealed class PstnWatermarks
{
    public const string DefaultTableName = "watermarks";

    private const string RowKey = "pstn";

    private readonly TableClient _table;

    public PstnWatermarks(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DateTimeOffset?> GetAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(tenantId, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.GetDateTimeOffset("ReadUntil") : null;
    }

    public async Task SetAsync(string tenantId, DateTimeOffset readUntil, CancellationToken cancellationToken = default) =>
        await _table.UpsertEntityAsync(new TableEntity(tenantId, RowKey) { ["ReadUntil"] = readUntil }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
}
