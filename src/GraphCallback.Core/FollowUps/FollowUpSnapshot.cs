using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.FollowUps;

/// <summary>Everything a follow-up knows, for storage to write and read back; the aggregate guards changes.</summary>
public sealed record FollowUpSnapshot(
    FollowUpId Id,
    Caller Caller,
    FollowUpStatus Status,
    int Priority,
    SlaDeadline Sla,
    DateTimeOffset FirstCallAt,
    DateTimeOffset LastCallAt,
    int CallCount,
    IReadOnlyList<CallEvent> Calls,
    IReadOnlyList<Attempt> Attempts,
    IReadOnlyList<HistoryEntry> History,
    DateTimeOffset? SnoozedUntil);
