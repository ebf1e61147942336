namespace GraphCallback.Core.Capture;

/// <summary>What capture needs of a Teams call record: who started it, and its sessions.</summary>
public sealed record CallRecordSummary(string Id, DateTimeOffset Start, DateTimeOffset End, CallParty? Organizer, IReadOnlyList<CallSession> Sessions);
