namespace GraphCallback.Core.FollowUps;

/// <summary>One line of a follow-up's history: who did what, when, and why.</summary>
public sealed record HistoryEntry(DateTimeOffset At, HistoryKind Kind, string Actor, string? Note);
