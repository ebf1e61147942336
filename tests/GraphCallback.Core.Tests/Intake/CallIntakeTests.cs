using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using static GraphCallback.Core.Tests.FollowUps.Build;

namespace GraphCallback.Core.Tests.Intake;

public class CallIntakeTests
{
    [Fact]
    public void A_first_call_opens_a_follow_up_with_the_callers_priority_and_deadline()
    {
        var id = NewId();

        var decision = CallIntake.Decide(Call("m1", Monday10, Caller(kind: CallerKind.Client)), null, Policy, id);

        Assert.Equal(IntakeOutcome.Created, decision.Outcome);
        Assert.True(decision.IsNew);
        Assert.Equal(id, decision.FollowUp.Id);
        Assert.Equal(1, decision.FollowUp.Priority);
        Assert.Equal(Monday10.AddDays(1), decision.FollowUp.Sla.DueAt);
    }

    [Fact]
    public void A_call_from_a_caller_with_a_pending_follow_up_merges_into_it()
    {
        var existing = Open();

        var decision = CallIntake.Decide(Call("m2", Monday10.AddMinutes(4), kind: Core.Calls.CallSourceKind.MissedCallNotification), existing, Policy, NewId());

        Assert.Equal(IntakeOutcome.Merged, decision.Outcome);
        Assert.Same(existing, decision.FollowUp);
        Assert.Equal(2, existing.CallCount);
    }

    [Fact]
    public void A_call_from_a_caller_whose_follow_up_was_resolved_reopens_it()
    {
        var existing = Open();
        existing.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(1));

        var decision = CallIntake.Decide(Call("m2", Monday10.AddDays(2)), existing, Policy, NewId());

        Assert.Equal(IntakeOutcome.Reopened, decision.Outcome);
        Assert.Equal(FollowUpStatus.Open, existing.Status);
        Assert.Equal(Monday10.AddDays(3), existing.Sla.DueAt);
    }

    // The follow-up opened by a voicemail at Monday 10:00 is resolved at 11:00; then evidence arrives.
    [Theory]
    [InlineData("a Teams call record of a ring at 10:30, an hour late", CallSourceKind.CallRecord, 30, FollowUpStatus.Resolved, IntakeOutcome.KeptClosed, 2)]
    [InlineData("a PSTN row of a ring at 10:59", CallSourceKind.PstnCall, 59, FollowUpStatus.Resolved, IntakeOutcome.KeptClosed, 2)]
    [InlineData("the call record of the ring just before the voicemail", CallSourceKind.CallRecord, -2, FollowUpStatus.Resolved, IntakeOutcome.KeptClosed, 1)]
    [InlineData("a ring at 11:01, after the follow-up was closed", CallSourceKind.CallRecord, 61, FollowUpStatus.Open, IntakeOutcome.Reopened, 2)]
    public void Late_evidence_of_a_call_before_the_follow_up_was_closed_does_not_reopen_it(
        string evidence, CallSourceKind kind, int minutesAfterTen, FollowUpStatus expected, IntakeOutcome outcome, int calls)
    {
        var existing = Open();
        existing.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(1));
        var due = existing.Sla;

        var decision = CallIntake.Decide(Call("late", Monday10.AddMinutes(minutesAfterTen), kind: kind), existing, Policy, NewId());

        Assert.True(expected == existing.Status, evidence);
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(calls, existing.CallCount);
        Assert.True(existing.HasCall(new CallEventKey(kind, "late")), evidence);
        Assert.Equal(expected == FollowUpStatus.Resolved, existing.Sla == due);
    }

    [Fact]
    public void A_trace_of_a_recorded_call_after_closing_keeps_it_closed()
    {
        // A missed call at 10:00 is dismissed at 10:03; its voicemail, left at 10:05, is the same call.
        var existing = Open(kind: CallSourceKind.MissedCallNotification);
        existing.Dismiss("me", Monday10.AddMinutes(3), "Wrong number");

        var decision = CallIntake.Decide(Call("vm", Monday10.AddMinutes(5)), existing, Policy, NewId());

        Assert.Equal(IntakeOutcome.KeptClosed, decision.Outcome);
        Assert.Equal(FollowUpStatus.Dismissed, existing.Status);
        Assert.Equal(1, existing.CallCount);
    }

    [Fact]
    public void A_replayed_call_is_a_duplicate()
    {
        var existing = Open();

        var decision = CallIntake.Decide(Call("m1", Monday10), existing, Policy, NewId());

        Assert.Equal(IntakeOutcome.Duplicate, decision.Outcome);
        Assert.Equal(1, existing.CallCount);
    }

    [Fact]
    public void Calls_from_unknown_numbers_never_merge()
    {
        var anonymous = Caller(number: "Anonymous", kind: CallerKind.Unknown, name: null);
        var existing = FollowUp.Open(NewId(), Call("m1", Monday10, anonymous), 5, Policy.Sla.DeadlineFor(Monday10, Hours));

        var decision = CallIntake.Decide(Call("m2", Monday10.AddMinutes(1), anonymous), existing, Policy, NewId());

        Assert.Equal(IntakeOutcome.Created, decision.Outcome);
        Assert.NotSame(existing, decision.FollowUp);
        Assert.Equal(5, decision.FollowUp.Priority);
    }

    [Fact]
    public void A_call_from_a_blocked_number_is_kept_but_dismissed_in_the_same_decision()
    {
        var policy = Core.Settings.UserSettings.Default with { BlockedNumbers = ["+4930666777"] };

        var blocked = CallIntake.Decide(Call("vm-1", Monday10, Caller(number: "030 666777")), null, policy.ToPolicy(Hours), NewId());
        var allowed = CallIntake.Decide(Call("vm-2", Monday10, Caller(number: "030 666778")), null, policy.ToPolicy(Hours), NewId());

        Assert.Equal(IntakeOutcome.Created, blocked.Outcome);
        Assert.Equal(FollowUpStatus.Dismissed, blocked.FollowUp.Status);
        Assert.Equal("Blocked number: dismissed as spam.", blocked.FollowUp.History[^1].Note);
        Assert.Equal(FollowUpStatus.Open, allowed.FollowUp.Status);
    }

    [Fact]
    public void A_blocked_caller_calling_again_stays_dismissed_and_a_replay_changes_nothing()
    {
        var policy = (Core.Settings.UserSettings.Default with { BlockedNumbers = ["+4930666777"] }).ToPolicy(Hours);
        var first = CallIntake.Decide(Call("vm-1", Monday10, Caller(number: "+4930666777")), null, policy, NewId()).FollowUp;

        var again = CallIntake.Decide(Call("vm-2", Monday10.AddHours(3), Caller(number: "+4930666777")), first, policy, NewId());
        var replay = CallIntake.Decide(Call("vm-2", Monday10.AddHours(3), Caller(number: "+4930666777")), first, policy, NewId());

        Assert.Equal(IntakeOutcome.Reopened, again.Outcome);
        Assert.Equal(FollowUpStatus.Dismissed, first.Status);
        Assert.Equal(IntakeOutcome.Duplicate, replay.Outcome);
        Assert.Equal(2, first.CallCount);
    }
}
