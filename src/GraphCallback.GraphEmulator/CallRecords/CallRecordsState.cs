using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;
using Microsoft.Graph.Models.CallRecords;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>The tenant-wide call records and PSTN call log, stored as Graph JSON; new records are published.</summary>
public sealed class CallRecordsState(ChangeFeed changes) : IResettable
{
    /// <summary>The subscription resource call record changes are published under.</summary>
    public const string Resource = "communications/callRecords";

    private readonly ConcurrentDictionary<string, (string TenantId, string Json)> _records = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(string TenantId, DateTimeOffset Start, string Json)> _pstn = new();

    public void Add(string tenantId, CallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[record.Id!] = (tenantId, GraphJson.Serialize(record));
        changes.Publish(new ChangeNotice(tenantId, Resource, ChangeKind.Created, record.Id!, "#microsoft.graph.callrecord", $"communications/callrecords/{record.Id}"));
    }

    public string? Find(string tenantId, string id) =>
        _records.TryGetValue(id, out var record) && record.TenantId.Equals(tenantId, StringComparison.OrdinalIgnoreCase) ? record.Json : null;

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
}
