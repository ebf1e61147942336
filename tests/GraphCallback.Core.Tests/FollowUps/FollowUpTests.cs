using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using static GraphCallback.Core.Tests.FollowUps.Build;

namespace GraphCallback.Core.Tests.FollowUps;

public class FollowUpTests
{
    private const string Me = "user-oid";

    [Fact]
    public void Opening_records_the_first_call_and_a_created_entry()
    {
        var followUp = Open();

        Assert.Equal(FollowUpStatus.Open, followUp.Status);
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(Monday10, followUp.FirstCallAt);
        Assert.Equal(Monday10, followUp.LastCallAt);
        var created = Assert.Single(followUp.History);
        Assert.Equal(HistoryKind.Created, created.Kind);
        Assert.Equal("Voicemail", created.Note);
    }

    [Fact]
    public void Phone_tag_keeps_it_open_as_attempted_and_counts_attempts()
    {
        var followUp = Open();

        followUp.LogAttempt(CallOutcome.NoAnswer, Me, Monday10.AddHours(1));
        followUp.LogAttempt(CallOutcome.LeftVoicemail, Me, Monday10.AddHours(2), "Back Tuesday 2-4 pm");

        Assert.Equal(FollowUpStatus.Attempted, followUp.Status);
        Assert.True(followUp.IsPending);
        Assert.Equal(2, followUp.Attempts.Count);
        Assert.Equal("Left a voicemail: Back Tuesday 2-4 pm", followUp.History[^1].Note);
        Assert.Equal(Me, followUp.History[^1].Actor);
    }

    [Theory]
    [InlineData("reached", FollowUpStatus.Resolved, HistoryKind.Resolved)]
    [InlineData("declinedPolitely", FollowUpStatus.Resolved, HistoryKind.Resolved)]
    [InlineData("answeredByEmail", FollowUpStatus.Resolved, HistoryKind.Resolved)]
    [InlineData("wrongNumber", FollowUpStatus.Dismissed, HistoryKind.Dismissed)]
    [InlineData("busy", FollowUpStatus.Attempted, HistoryKind.Attempted)]
    [InlineData("leftLiveMessage", FollowUpStatus.Attempted, HistoryKind.Attempted)]
    public void Each_outcome_moves_the_follow_up_where_it_belongs(string outcome, FollowUpStatus status, HistoryKind kind)
    {
        var followUp = Open();

        followUp.LogAttempt(CallOutcome.Parse(outcome), Me, Monday10.AddHours(1));

        Assert.Equal(status, followUp.Status);
        Assert.Equal(kind, followUp.History[^1].Kind);
    }

    [Fact]
    public void A_closed_follow_up_refuses_attempts_snoozes_and_dismissals()
    {
        var followUp = Open();
        followUp.LogAttempt(CallOutcome.Reached, Me, Monday10.AddHours(1));

        var error = Assert.Throws<InvalidFollowUpTransitionException>(() => followUp.LogAttempt(CallOutcome.Busy, Me, Monday10.AddHours(2)));
        Assert.Equal(FollowUpStatus.Resolved, error.Status);
        Assert.Throws<InvalidFollowUpTransitionException>(() => followUp.Snooze(Monday10.AddDays(1), Me, Monday10.AddHours(2)));
        Assert.Throws<InvalidFollowUpTransitionException>(() => followUp.Dismiss(Me, Monday10.AddHours(2), "spam"));
        Assert.Equal(2, followUp.History.Count);
    }

    [Fact]
    public void A_new_call_after_resolution_reopens_with_a_fresh_deadline()
    {
        var followUp = Open();
        followUp.LogAttempt(CallOutcome.Reached, Me, Monday10.AddHours(1));
        var nextDay = Monday10.AddDays(1);
        var freshSla = SlaPolicy.Default.DeadlineFor(nextDay, Hours);

        var added = followUp.AddCall(Call("m2", nextDay), freshSla);

        Assert.True(added);
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
        Assert.Equal(freshSla, followUp.Sla);
        Assert.Equal(2, followUp.CallCount);
        Assert.Contains(followUp.History, h => h.Kind == HistoryKind.Reopened);
    }

    [Fact]
    public void A_new_call_on_a_pending_follow_up_keeps_the_oldest_deadline()
    {
        var followUp = Open();
        var original = followUp.Sla;

        followUp.AddCall(Call("m2", Monday10.AddHours(3)), SlaPolicy.Default.DeadlineFor(Monday10.AddHours(3), Hours));

        Assert.Equal(original, followUp.Sla);
        Assert.Equal(Monday10.AddHours(3), followUp.LastCallAt);
        Assert.Equal(HistoryKind.CallAdded, followUp.History[^1].Kind);
    }

    [Fact]
    public void The_same_call_added_twice_changes_nothing()
    {
        var followUp = Open();
        var before = followUp.History.Count;

        Assert.False(followUp.AddCall(Call("m1", Monday10), followUp.Sla));
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(before, followUp.History.Count);
    }

    [Fact]
    public void Calls_keep_counting_past_the_number_kept_one_by_one()
    {
        var followUp = Open();

        for (var i = 2; i <= FollowUp.MaxCallsKept + 5; i++)
        {
            followUp.AddCall(Call($"m{i}", Monday10.AddMinutes(i)), followUp.Sla);
        }

        Assert.Equal(FollowUp.MaxCallsKept + 5, followUp.CallCount);
        Assert.Equal(FollowUp.MaxCallsKept, followUp.Calls.Count);
        Assert.Equal(Monday10.AddMinutes(FollowUp.MaxCallsKept + 5), followUp.Calls[^1].ReceivedAt);
        Assert.Equal(Monday10, followUp.FirstCallAt);
    }

    [Fact]
    public void A_later_call_fills_in_what_was_unknown_about_the_caller()
    {
        var followUp = FollowUp.Open(NewId(), Call("m1", Monday10, Caller(name: null, kind: Core.Callers.CallerKind.Unknown)), 5, SlaPolicy.Default.DeadlineFor(Monday10, Hours));

        followUp.AddCall(Call("m2", Monday10.AddHours(1), Caller(name: "Ana Lima", kind: Core.Callers.CallerKind.Client)), followUp.Sla);

        Assert.Equal("Ana Lima", followUp.Caller.DisplayName);
        Assert.Equal(Core.Callers.CallerKind.Client, followUp.Caller.Kind);
    }

    [Fact]
    public void Manual_reopen_is_only_for_closed_follow_ups()
    {
        var followUp = Open();
        Assert.Throws<InvalidFollowUpTransitionException>(() => followUp.Reopen(followUp.Sla, Me, Monday10));

        followUp.Dismiss(Me, Monday10.AddHours(1), "duplicate");
        followUp.Reopen(SlaPolicy.Default.DeadlineFor(Monday10.AddHours(2), Hours), Me, Monday10.AddHours(2), "not a duplicate after all");

        Assert.Equal(FollowUpStatus.Open, followUp.Status);
        Assert.Equal(Monday10.AddHours(2).AddDays(1), followUp.Sla.DueAt);
    }

    [Fact]
    public void Snoozing_hides_until_a_future_time_and_an_attempt_ends_the_snooze()
    {
        var followUp = Open();

        Assert.Throws<ArgumentOutOfRangeException>(() => followUp.Snooze(Monday10, Me, Monday10));
        followUp.Snooze(Monday10.AddHours(4), Me, Monday10);

        Assert.True(followUp.IsSnoozedAt(Monday10.AddHours(3)));
        Assert.False(followUp.IsSnoozedAt(Monday10.AddHours(4)));
        followUp.LogAttempt(CallOutcome.Busy, Me, Monday10.AddHours(1));
        Assert.Null(followUp.SnoozedUntil);
    }

    [Fact]
    public void Moving_the_due_time_keeps_the_escalation_gap()
    {
        var followUp = Open();

        followUp.MoveDue(Monday10.AddDays(2), "To Do", Monday10.AddHours(1));

        Assert.Equal(Monday10.AddDays(2), followUp.Sla.DueAt);
        Assert.Equal(Monday10.AddDays(3), followUp.Sla.EscalatesAt);
        Assert.Equal(HistoryKind.DueMoved, followUp.History[^1].Kind);
    }

    [Fact]
    public void A_snapshot_restores_an_identical_follow_up()
    {
        var followUp = Open();
        followUp.LogAttempt(CallOutcome.NoAnswer, Me, Monday10.AddHours(1), "rang out");
        followUp.AddCall(Call("m2", Monday10.AddHours(2), transcript: "it's about the offer"), followUp.Sla);

        var restored = FollowUp.Restore(followUp.ToSnapshot());

        Assert.Equal(followUp.Id, restored.Id);
        Assert.Equal(followUp.Status, restored.Status);
        Assert.Equal(followUp.History, restored.History);
        Assert.Equal(followUp.Attempts, restored.Attempts);
        Assert.Equal(followUp.Calls, restored.Calls);
        Assert.Equal("it's about the offer", restored.TranscriptExcerpt);
    }
}
