namespace GraphCallback.Core.FollowUps;

/// <summary>What happened to a follow-up, one kind per transition.</summary>
public enum HistoryKind
{
    Created,
    CallAdded,
    Attempted,
    Resolved,
    Dismissed,
    Reopened,
    Snoozed,
    DueMoved,
}
