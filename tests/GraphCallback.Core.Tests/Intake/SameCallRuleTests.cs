using GraphCallback.Core.Calls;
using GraphCallback.Core.Intake;
using static GraphCallback.Core.Tests.FollowUps.Build;

namespace GraphCallback.Core.Tests.Intake;

public class SameCallRuleTests
{
    [Fact]
    public void A_voicemail_within_ten_minutes_after_a_missed_call_is_that_calls_voicemail()
    {
        var followUp = CallIntake.Decide(Call("missed", Monday10, kind: CallSourceKind.MissedCallNotification), null, Policy, NewId()).FollowUp;

        var decision = CallIntake.Decide(Call("vm", Monday10.AddMinutes(9)), followUp, Policy, NewId());

        Assert.Equal(IntakeOutcome.Merged, decision.Outcome);
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(2, followUp.Calls.Count);
        Assert.Equal("Voicemail (same call)", followUp.History[^1].Note);
    }

    [Fact]
    public void A_voicemail_eleven_minutes_later_is_another_call()
    {
        var followUp = CallIntake.Decide(Call("missed", Monday10, kind: CallSourceKind.MissedCallNotification), null, Policy, NewId()).FollowUp;

        CallIntake.Decide(Call("vm", Monday10.AddMinutes(11)), followUp, Policy, NewId());

        Assert.Equal(2, followUp.CallCount);
    }

    [Fact]
    public void Ringing_again_within_a_minute_is_one_call_and_after_a_minute_another()
    {
        var followUp = CallIntake.Decide(Call("rec-1", Monday10, kind: CallSourceKind.CallRecord), null, Policy, NewId()).FollowUp;

        CallIntake.Decide(Call("rec-2", Monday10.AddSeconds(40), kind: CallSourceKind.CallRecord), followUp, Policy, NewId());
        Assert.Equal(1, followUp.CallCount);

        CallIntake.Decide(Call("rec-3", Monday10.AddMinutes(5), kind: CallSourceKind.CallRecord), followUp, Policy, NewId());
        Assert.Equal(2, followUp.CallCount);
    }

    [Fact]
    public void A_missed_call_taken_in_after_its_voicemail_is_still_one_call()
    {
        var followUp = CallIntake.Decide(Call("vm", Monday10.AddMinutes(2)), null, Policy, NewId()).FollowUp;

        CallIntake.Decide(Call("missed", Monday10, kind: CallSourceKind.MissedCallNotification), followUp, Policy, NewId());

        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(["missed", "vm"], followUp.Calls.Select(c => c.Key.SourceId));
        Assert.Equal("Missed call (same call)", followUp.History[^1].Note);
    }

    [Fact]
    public void A_ring_taken_in_after_the_one_that_followed_it_is_still_one_call()
    {
        var followUp = CallIntake.Decide(Call("rec-2", Monday10.AddSeconds(40), kind: CallSourceKind.CallRecord), null, Policy, NewId()).FollowUp;

        CallIntake.Decide(Call("rec-1", Monday10, kind: CallSourceKind.CallRecord), followUp, Policy, NewId());

        Assert.Equal(1, followUp.CallCount);
    }

    [Fact]
    public void A_voicemail_taken_in_before_a_missed_call_eleven_minutes_earlier_is_another_call()
    {
        var followUp = CallIntake.Decide(Call("vm", Monday10.AddMinutes(11)), null, Policy, NewId()).FollowUp;

        CallIntake.Decide(Call("missed", Monday10, kind: CallSourceKind.MissedCallNotification), followUp, Policy, NewId());

        Assert.Equal(2, followUp.CallCount);
    }

    [Fact]
    public void Two_voicemails_are_always_two_calls()
    {
        Assert.False(SameCallRule.IsSameCall([Call("vm-1", Monday10)], Call("vm-2", Monday10.AddMinutes(1))));
    }
}
