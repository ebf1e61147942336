using Azure.Data.Tables;

namespace GraphCallback.Storage.Connections;

/// <summary>Per tenant and per tenant-wide source (the PSTN call log, call records), how far it has been read.</summary>
public sealed class Watermarks
{
    public const string DefaultTableName = "watermarks";

    /// <summary>The PSTN call log.</summary>
    public const string PstnCalls = "pstn";

    /// <summary>The call-record catch-up.</summary>
    public const string CallRecords = "callRecords";

    private readonly TableClient _table;

    public Watermarks(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DateTimeOffset?> GetAsync(string tenantId, string source, CancellationToken cancellationToken = default)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(tenantId, source, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.GetDateTimeOffset("ReadUntil") : null;
    }

    public async Task SetAsync(string tenantId, string source, DateTimeOffset readUntil, CancellationToken cancellationToken = default) =>
        await _table.UpsertEntityAsync(new TableEntity(tenantId, source) { ["ReadUntil"] = readUntil }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
}
