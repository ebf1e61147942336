namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>One call record as stored: its tenant, start, version and Graph JSON.</summary>
public sealed record StoredCallRecord(string TenantId, DateTimeOffset Start, long Version, string Json);
