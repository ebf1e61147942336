using GraphCallback.Core.Capture;

namespace GraphCallback.Core.Tests.Capture;

public class MissedCallRuleTests
{
    private const string Ana = "user-ana";
    private const string Ben = "user-ben";
    private const string Cleo = "user-cleo";
    private static readonly DateTimeOffset T0 = new(2026, 6, 8, 10, 0, 0, TimeSpan.Zero);
    private static readonly CallParty ExternalCaller = new(null, "+14255550100", "Joe");
    private static readonly HashSet<string> Connected = [Ana, Ben];

    private static CallSession Session(CallParty caller, string callee, bool connected, int seconds = 20) =>
        Session(caller, callee, connected ? SessionFailure.None : SessionFailure.CallSetup, seconds);

    private static CallSession Session(CallParty caller, string callee, SessionFailure failure, int seconds = 20, bool hadSegments = true) =>
        new(caller, new CallParty(callee, null, null), T0, T0.AddSeconds(seconds), hadSegments, failure);

    private static CallRecordSummary Record(params CallSession[] sessions) => new("rec-1", T0, T0.AddMinutes(1), null, sessions);

    [Fact]
    public void An_inbound_call_the_user_did_not_answer_is_missed_by_them()
    {
        var missed = MissedCallRule.Apply(Record(Session(ExternalCaller, Ana, connected: false)), Connected);

        var call = Assert.Single(missed);
        Assert.Equal(Ana, call.UserId);
        Assert.Equal(ExternalCaller, call.Caller);
        Assert.Equal(T0, call.At);
    }

    [Fact]
    public void An_answered_call_is_missed_by_nobody()
    {
        Assert.Empty(MissedCallRule.Apply(Record(Session(ExternalCaller, Ana, connected: true)), Connected));
    }

    [Fact]
    public void A_call_that_dropped_after_it_was_answered_was_answered()
    {
        Assert.Empty(MissedCallRule.Apply(Record(Session(ExternalCaller, Ana, SessionFailure.Midcall, seconds: 90)), Connected));
    }

    [Fact]
    public void A_session_that_failed_at_an_unknown_stage_or_had_no_media_did_not_connect()
    {
        var record = Record(Session(ExternalCaller, Ana, SessionFailure.Unknown), Session(ExternalCaller, Ben, SessionFailure.None, hadSegments: false));

        Assert.Equal([Ana, Ben], MissedCallRule.Apply(record, Connected).Select(m => m.UserId));
    }

    [Fact]
    public void A_call_the_user_made_is_never_their_missed_call()
    {
        var fromAna = new CallParty(Ana, null, "Ana");
        var record = new CallRecordSummary("rec-2", T0, T0.AddMinutes(1), fromAna, [Session(fromAna, Ben, connected: false)]);

        var missed = MissedCallRule.Apply(record, Connected);

        Assert.Equal([Ben], missed.Select(m => m.UserId));
    }

    [Fact]
    public void Each_ring_group_member_who_did_not_answer_gets_a_missed_call_unless_one_of_their_sessions_connected()
    {
        var record = Record(
            Session(ExternalCaller, Ana, connected: false),
            Session(ExternalCaller, Ben, connected: false),
            Session(ExternalCaller, Ben, connected: true, seconds: 90));

        Assert.Equal([Ana], MissedCallRule.Apply(record, Connected).Select(m => m.UserId));
    }

    [Fact]
    public void Users_who_have_not_connected_GraphCallback_are_left_alone()
    {
        var record = Record(Session(ExternalCaller, Cleo, connected: false), Session(ExternalCaller, Ana, connected: false));

        Assert.Equal([Ana], MissedCallRule.Apply(record, Connected).Select(m => m.UserId));
    }

    [Fact]
    public void A_phone_call_whose_organizer_is_the_callee_is_still_inbound_to_them()
    {
        var record = new CallRecordSummary("rec-4", T0, T0.AddMinutes(1), new CallParty(Ana, null, "Ana"), [Session(ExternalCaller, Ana, connected: false)]);

        Assert.Equal([Ana], MissedCallRule.Apply(record, Connected).Select(m => m.UserId));
    }

    [Fact]
    public void The_caller_of_the_earliest_session_is_the_originator()
    {
        var early = new CallSession(ExternalCaller, new CallParty(Ana, null, null), T0, T0.AddSeconds(5), true, SessionFailure.CallSetup);
        var transfer = new CallSession(new CallParty(Ana, null, null), new CallParty(Ben, null, null), T0.AddSeconds(10), T0.AddSeconds(30), true, SessionFailure.CallSetup);

        var missed = MissedCallRule.Apply(new CallRecordSummary("rec-3", T0, T0.AddMinutes(1), null, [transfer, early]), Connected);

        Assert.All(missed, m => Assert.Equal(ExternalCaller, m.Caller));
        Assert.Equal([Ben, Ana], missed.Select(m => m.UserId));
    }
}
