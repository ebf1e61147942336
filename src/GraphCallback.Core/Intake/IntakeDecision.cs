using GraphCallback.Core.FollowUps;

namespace GraphCallback.Core.Intake;

/// <summary>The follow-up a call event lands in, and how it got there.</summary>
public sealed record IntakeDecision(IntakeOutcome Outcome, FollowUp FollowUp)
{
    /// <summary>Whether the follow-up was new (and must be inserted rather than replaced).</summary>
    public bool IsNew => Outcome == IntakeOutcome.Created;
}
