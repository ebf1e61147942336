using Azure.Data.Tables;

namespace GraphCallback.Storage.Failures;

/// <summary>
/// The items that are failing, one row per work (partition) and item (row): a run reads its
/// work's partition once, skips what is not due, and clears a row when its item succeeds.
/// </summary>
public sealed class FailureMarkers
{
    public const string DefaultTableName = "failures";

    private readonly TableClient _table;

    public FailureMarkers(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The markers of <paramref name="work"/>, by item; only those whose item starts with <paramref name="itemPrefix"/> when given.</summary>
    public async Task<IReadOnlyDictionary<string, FailureMarker>> OfAsync(string work, string? itemPrefix = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(work);
        var filter = itemPrefix is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {work}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {work} and RowKey ge {KeyOf(itemPrefix)} and RowKey lt {KeyOf(itemPrefix) + '\uffff'}");
        var markers = new Dictionary<string, FailureMarker>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var marker = MarkerOf(entity);
            markers[marker.Item] = marker;
        }

        return markers;
    }

    /// <summary>Every marker of every work: what <c>/health/ready</c> reports.</summary>
    public async Task<IReadOnlyList<FailureMarker>> AllAsync(CancellationToken cancellationToken = default)
    {
        var markers = new List<FailureMarker>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            markers.Add(MarkerOf(entity));
        }

        return markers;
    }

    /// <summary>
    /// Counts one more failure of the item, kept failing since its first one; the next try is
    /// <paramref name="now"/> plus <paramref name="backoff"/> of the failures in a row.
    /// </summary>
    public async Task<FailureMarker> RecordAsync(
        string work, string item, string error, DateTimeOffset now, Func<int, TimeSpan> backoff, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(work);
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        ArgumentNullException.ThrowIfNull(backoff);
        var current = await _table.GetEntityIfExistsAsync<TableEntity>(work, KeyOf(item), cancellationToken: cancellationToken).ConfigureAwait(false);
        var previous = current.HasValue ? MarkerOf(current.Value!) : null;
        var attempts = (previous?.Attempts ?? 0) + 1;
        var marker = new FailureMarker(work, item, previous?.FailingSince ?? now, error, attempts, now + backoff(attempts));
        await _table.UpsertEntityAsync(
            new TableEntity(work, KeyOf(item))
            {
                ["FailingSince"] = marker.FailingSince,
                ["LastError"] = marker.LastError,
                ["Attempts"] = marker.Attempts,
                ["NextTry"] = marker.NextTry,
            },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        return marker;
    }

    /// <summary>The item succeeded (or is gone): it is no longer failing.</summary>
    public async Task ClearAsync(string work, string item, CancellationToken cancellationToken = default) =>
        await _table.DeleteEntityAsync(work, KeyOf(item), cancellationToken: cancellationToken).ConfigureAwait(false);

    // Graph ids may hold '/', which a row key may not; escaping is char by char, so a prefix stays a prefix.
    private static string KeyOf(string item) => Uri.EscapeDataString(item);

    private static FailureMarker MarkerOf(TableEntity entity) => new(
        entity.PartitionKey,
        Uri.UnescapeDataString(entity.RowKey),
        entity.GetDateTimeOffset("FailingSince") ?? DateTimeOffset.MinValue,
        entity.GetString("LastError") ?? "",
        entity.GetInt32("Attempts") ?? 0,
        entity.GetDateTimeOffset("NextTry") ?? DateTimeOffset.MinValue);
}
