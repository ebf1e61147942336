namespace GraphCallback.Core.Sla;

/// <summary>When a follow-up's clock started, when it is due, and when it escalates.</summary>
public sealed record SlaDeadline(DateTimeOffset ClockStartsAt, DateTimeOffset DueAt, DateTimeOffset EscalatesAt);
