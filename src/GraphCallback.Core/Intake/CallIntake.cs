using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;

namespace GraphCallback.Core.Intake;

/// <summary>
/// Decides where a call event goes: a caller with a follow-up gets the call added to it (reopening
/// it when it was closed, unless the call came before it was closed); anyone else gets a new follow-up. A call from a blocked number is kept
/// but dismissed as spam in the same decision, so it is stored dismissed or not at all. Pure:
/// storage reads the caller's latest follow-up beforehand and persists the decision atomically.
/// </summary>
public static class CallIntake
{
    /// <param name="call">The call to take in.</param>
    /// <param name="callersLatest">The caller's most recent follow-up (by E.164 number), or null.</param>
    /// <param name="policy">The user's working hours, SLA and priority rules.</param>
    /// <param name="newId">The id to give a follow-up if one is opened.</param>
    public static IntakeDecision Decide(CallEvent call, FollowUp? callersLatest, UserPolicy policy, FollowUpId newId)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(policy);
        var sla = policy.DeadlineFor(call.ReceivedAt);

        // Unknown numbers cannot be told apart, so each of their calls is its own follow-up.
        if (callersLatest is null || !call.Caller.Number.IsKnown)
        {
            var priority = policy.Priorities.RankOf(call.Caller.Kind);
            return Screened(new IntakeDecision(IntakeOutcome.Created, FollowUp.Open(newId, call, priority, sla)), call, policy);
        }

        var wasPending = callersLatest.IsPending;
        if (!callersLatest.AddCall(call, sla))
        {
            return new IntakeDecision(IntakeOutcome.Duplicate, callersLatest);
        }

        var outcome = wasPending ? IntakeOutcome.Merged : callersLatest.IsPending ? IntakeOutcome.Reopened : IntakeOutcome.KeptClosed;
        return Screened(new IntakeDecision(outcome, callersLatest), call, policy);
    }

    private static IntakeDecision Screened(IntakeDecision decision, CallEvent call, UserPolicy policy)
    {
        if (policy.IsBlocked(call.Caller.Number) && decision.FollowUp.IsPending)
        {
            decision.FollowUp.Dismiss(FollowUp.SystemActor, call.ReceivedAt, "Blocked number: dismissed as spam.");
        }

        return decision;
    }
}
