using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;
using Microsoft.Graph.Models.CallRecords;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>
/// The tenant-wide call records and PSTN call log, stored as Graph JSON. A new record is published
/// as created, a revised one (same id, next version) as updated.
/// </summary>
public sealed class CallRecordsState(ChangeFeed changes) : IResettable
{
    /// <summary>The subscription resource call record changes are published under.</summary>
    public const string Resource = "communications/callRecords";

    private readonly ConcurrentDictionary<string, StoredCallRecord> _records = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(string TenantId, DateTimeOffset Start, string Json)> _pstn = new();

    public void Add(string tenantId, CallRecord record) => Store(tenantId, record, ChangeKind.Created);

    /// <summary>Replaces a record with its next version.</summary>
    public void Revise(string tenantId, CallRecord record) => Store(tenantId, record, ChangeKind.Updated);

    public string? Find(string tenantId, string id) => FindStored(tenantId, id)?.Json;

    /// <summary>The stored record with its start and version, for revising it.</summary>
    public StoredCallRecord? FindStored(string tenantId, string id) =>
        _records.TryGetValue(id, out var record) && record.TenantId.Equals(tenantId, StringComparison.OrdinalIgnoreCase) ? record : null;

    /// <summary>The tenant's records that started at or after <paramref name="since"/>, oldest first.</summary>
    public IReadOnlyList<string> List(string tenantId, DateTimeOffset since) =>
        _records.Values.Where(r => r.TenantId.Equals(tenantId, StringComparison.OrdinalIgnoreCase) && r.Start >= since)
            .OrderBy(r => r.Start).Select(r => r.Json).ToList();

    public void AddPstn(string tenantId, PstnCallLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _pstn.Enqueue((tenantId, row.StartDateTime!.Value, GraphJson.Serialize(row)));
    }

    /// <summary>Rows that started in [from, to), oldest first.</summary>
    public IReadOnlyList<string> Pstn(string tenantId, DateTimeOffset from, DateTimeOffset to) =>
        _pstn.Where(r => r.TenantId.Equals(tenantId, StringComparison.OrdinalIgnoreCase) && r.Start >= from && r.Start < to)
            .OrderBy(r => r.Start).Select(r => r.Json).ToList();

    public void Reset()
    {
        _records.Clear();
        _pstn.Clear();
    }

    private void Store(string tenantId, CallRecord record, ChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[record.Id!] = new StoredCallRecord(tenantId, record.StartDateTime!.Value, record.Version ?? 1, GraphJson.Serialize(record));
        changes.Publish(new ChangeNotice(tenantId, Resource, kind, record.Id!, "#microsoft.graph.callrecord", $"communications/callrecords/{record.Id}"));
    }
}
