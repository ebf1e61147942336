namespace GraphCallback.Core.Capture;

/// <summary>A call record as List callRecords gives it: no sessions, only its id and when it was last written.</summary>
public sealed record ListedCallRecord(string Id, DateTimeOffset LastModified);
