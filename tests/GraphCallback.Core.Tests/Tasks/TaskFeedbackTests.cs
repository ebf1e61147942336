using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Tests.FollowUps;

namespace GraphCallback.Core.Tests.Tasks;

/// <summary>Changes made to a task in To Do and what they do to its follow-up.</summary>
public sealed class TaskFeedbackTests
{
    private static readonly DateTimeOffset Now = Build.Monday10.AddHours(3);

    private static readonly TimeZoneInfo Zone = Build.Hours.Zone;

    [Fact]
    public void Ticking_the_task_off_resolves_the_follow_up_as_done_in_To_Do()
    {
        var followUp = Build.Open();

        var changed = TaskFeedback.Apply(followUp, Known(followUp), new TaskSeen(true, followUp.Sla.DueAt), Now, Zone);

        Assert.True(changed);
        Assert.Equal(FollowUpStatus.Resolved, followUp.Status);
        Assert.Equal(new HistoryEntry(Now, HistoryKind.Resolved, TaskFeedback.Actor, "Done in To Do"), followUp.History[^1]);
    }

    [Fact]
    public void Deleting_the_task_dismisses_the_follow_up()
    {
        var followUp = Build.Open();

        Assert.True(TaskFeedback.Apply(followUp, Known(followUp), null, Now, Zone));

        Assert.Equal(FollowUpStatus.Dismissed, followUp.Status);
        Assert.Equal("Task deleted in To Do", followUp.History[^1].Note);
    }

    [Fact]
    public void Moving_the_due_date_moves_the_deadline_to_that_day_at_its_time_and_keeps_the_escalation_gap()
    {
        var followUp = Build.Open();
        var gap = followUp.Sla.EscalatesAt - followUp.Sla.DueAt;
        var due = WallClock.LocalOf(followUp.Sla.DueAt, Zone);

        // To Do answers the day the user picked, at 00:00 in their zone.
        Assert.True(TaskFeedback.Apply(followUp, Known(followUp), new TaskSeen(false, Midnight(due.AddDays(2))), Now, Zone));

        Assert.Equal(WallClock.InstantOf(due.AddDays(2), Zone), followUp.Sla.DueAt);
        Assert.Equal(followUp.Sla.DueAt + gap, followUp.Sla.EscalatesAt);
        Assert.Equal(HistoryKind.DueMoved, followUp.History[^1].Kind);
    }

    [Fact]
    public void Our_own_write_coming_back_at_midnight_of_the_same_day_changes_nothing()
    {
        // A 10:00 deadline in Berlin in June; To Do answers 00:00 Berlin, which is 22:00 UTC the day before.
        var followUp = Build.Open();
        var before = followUp.History.Count;
        var sameDay = Midnight(WallClock.LocalOf(followUp.Sla.DueAt, Zone));

        Assert.False(TaskFeedback.Apply(followUp, Known(followUp), new TaskSeen(false, sameDay), Now, Zone));
        Assert.Equal(before, followUp.History.Count);
    }

    [Fact]
    public void A_completed_task_seen_again_does_not_close_a_follow_up_that_a_new_call_reopened()
    {
        var followUp = Build.Open();
        followUp.LogAttempt(CallOutcome.Reached, "megan", Build.Monday10.AddHours(1));
        var completed = new TaskSeen(true, followUp.Sla.DueAt);
        followUp.AddCall(Build.Call("m2", Build.Monday10.AddHours(2)), SlaPolicy.Default.DeadlineFor(Build.Monday10.AddHours(2), Build.Hours));

        Assert.False(TaskFeedback.Apply(followUp, completed, completed, Now, Zone));
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
    }

    [Fact]
    public void A_closed_follow_up_is_left_alone()
    {
        var followUp = Build.Open();
        followUp.Dismiss("megan", Build.Monday10.AddHours(1), "Spam");
        var before = followUp.History.Count;

        Assert.False(TaskFeedback.Apply(followUp, new TaskSeen(false, followUp.Sla.DueAt), null, Now, Zone));
        Assert.Equal(before, followUp.History.Count);
    }

    [Fact]
    public void Unticking_a_task_we_knew_as_done_reopens_its_follow_up_with_the_fresh_deadline()
    {
        var followUp = Build.Open();
        followUp.LogAttempt(CallOutcome.Reached, "megan", Build.Monday10.AddHours(1));
        var done = new TaskSeen(true, followUp.Sla.DueAt);
        var fresh = SlaPolicy.Default.DeadlineFor(Now, Build.Hours);

        Assert.True(TaskFeedback.Reopens(followUp, done, new TaskSeen(false, followUp.Sla.DueAt)));
        Assert.True(TaskFeedback.Apply(followUp, done, new TaskSeen(false, followUp.Sla.DueAt), Now, Zone, fresh));
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
        Assert.Equal(fresh, followUp.Sla);
        Assert.Equal(new HistoryEntry(Now, HistoryKind.Reopened, TaskFeedback.Actor, "Marked not done in To Do"), followUp.History[^1]);
    }

    [Fact]
    public void A_follow_up_closed_before_we_ticked_its_task_off_stays_closed_when_the_open_task_is_seen()
    {
        var followUp = Build.Open();
        followUp.LogAttempt(CallOutcome.Reached, "megan", Build.Monday10.AddHours(1));
        var open = Known(followUp);

        Assert.False(TaskFeedback.Reopens(followUp, open, open));
        Assert.False(TaskFeedback.Apply(followUp, open, open, Now, Zone));
        Assert.Equal(FollowUpStatus.Resolved, followUp.Status);
    }

    [Fact]
    public void A_pending_follow_up_is_not_reopened_by_its_task_being_unticked()
    {
        var followUp = Build.Open();
        var before = followUp.History.Count;

        Assert.False(TaskFeedback.Reopens(followUp, new TaskSeen(true, followUp.Sla.DueAt), Known(followUp)));
        Assert.False(TaskFeedback.Apply(followUp, new TaskSeen(true, followUp.Sla.DueAt), Known(followUp), Now, Zone));
        Assert.Equal(before, followUp.History.Count);
    }

    private static TaskSeen Known(FollowUp followUp) => new(false, followUp.Sla.DueAt);

    private static DateTimeOffset Midnight(DateTime local) => WallClock.InstantOf(local.Date, Zone);
}
