namespace GraphCallback.Core.FollowUps;

/// <summary>Where a follow-up is in its lifecycle: Open → Attempted → Resolved | Dismissed.</summary>
public enum FollowUpStatus
{
    /// <summary>Nobody has tried to call back yet.</summary>
    Open,

    /// <summary>Phone tag: at least one attempt, caller not reached yet.</summary>
    Attempted,

    /// <summary>Reached, answered by e-mail, or declined politely.</summary>
    Resolved,

    /// <summary>Spam, wrong number or duplicate: nothing owed.</summary>
    Dismissed,
}
