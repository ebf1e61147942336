namespace GraphCallback.Core.Sla;

/// <summary>Where a follow-up stands against its deadline.</summary>
public enum SlaState
{
    OnTrack,
    DueSoon,
    Overdue,
    Escalated,
}
