using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Tests.FollowUps;

namespace GraphCallback.Core.Tests.Tasks;

/// <summary>What a follow-up's To Do task says: title, body, due and reminder, importance and progress.</summary>
public sealed class TaskPlanTests
{
    private static readonly TimeZoneInfo London = UserTimeZone.Find("GMT Standard Time");
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    [Fact]
    public void The_title_names_the_caller_and_their_company_or_else_the_number()
    {
        var named = FollowUpFrom(new Caller(PhoneNumber.Parse("+44 20 7946 0555", "GB"), "Patti Fernandez", "Fabrikam Hotels", CallerKind.Client));
        var anonymous = FollowUpFrom(new Caller(PhoneNumber.Parse("+44 20 7946 0555", "GB")));

        Assert.Equal("Call back Patti Fernandez (Fabrikam Hotels)", TaskPlan.For(named, London, "-", TwoHours).Title);
        Assert.Equal("Call back +44 20 7946 0555", TaskPlan.For(anonymous, London, "-", TwoHours).Title);
    }

    [Fact]
    public void The_body_links_the_number_says_when_they_called_in_the_users_time_and_quotes_the_transcript_safely()
    {
        // 28 March 2026 is GMT, 30 March is BST (the clocks go forward on the 29th): both read as London wall-clock time.
        var caller = new Caller(PhoneNumber.Parse("+44 20 7946 0555", "GB"), "Patti");
        var followUp = FollowUpFrom(caller, new DateTimeOffset(2026, 3, 28, 9, 15, 0, TimeSpan.Zero));
        followUp.AddCall(Build.Call("m2", new DateTimeOffset(2026, 3, 30, 9, 40, 0, TimeSpan.Zero), caller, transcript: "Rooms <3 & 4> need fixing"), followUp.Sla);

        var body = TaskPlan.For(followUp, London, "You can reach me tomorrow between 2 and 4 pm", TwoHours).BodyHtml;

        Assert.Contains("<a href=\"tel:+442079460555\">+44 20 7946 0555</a>", body, StringComparison.Ordinal);
        Assert.Contains("Called 2 times, first Sat 28 Mar 09:15, last Mon 30 Mar 10:40.", body, StringComparison.Ordinal);
        Assert.Contains("Voicemail: \u201CRooms &lt;3 &amp; 4&gt; need fixing\u201D", body, StringComparison.Ordinal);
        Assert.Contains("If you get their voicemail: You can reach me tomorrow between 2 and 4 pm.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_number_is_shown_as_it_came_without_a_link()
    {
        var followUp = FollowUpFrom(new Caller(PhoneNumber.Unknown("Anonymous")));

        var body = TaskPlan.For(followUp, London, "-", TwoHours).BodyHtml;

        Assert.Contains("Number unknown (Anonymous)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_is_the_deadline_and_the_reminder_comes_the_configured_time_before_it()
    {
        var followUp = Build.Open();

        var task = TaskPlan.For(followUp, London, "-", TimeSpan.FromHours(3));

        Assert.Equal(followUp.Sla.DueAt, task.DueAt);
        Assert.Equal(followUp.Sla.DueAt - TimeSpan.FromHours(3), task.ReminderAt);
    }

    [Theory]
    [InlineData(1, TaskImportance.High)]
    [InlineData(2, TaskImportance.Normal)]
    [InlineData(4, TaskImportance.Normal)]
    [InlineData(5, TaskImportance.Low)]
    public void Importance_follows_priority(int priority, TaskImportance expected) =>
        Assert.Equal(expected, TaskPlan.ImportanceOf(priority));

    [Fact]
    public void Each_attempt_becomes_a_line_and_phone_tag_shows_as_in_progress()
    {
        var followUp = Build.Open();
        followUp.LogAttempt(CallOutcome.NoAnswer, "megan", Build.Monday10.AddHours(1), "tried the mobile");
        followUp.LogAttempt(CallOutcome.LeftVoicemail, "megan", Build.Monday10.AddHours(2));

        var task = TaskPlan.For(followUp, Build.Hours.Zone, "-", TwoHours);

        Assert.Equal(TaskProgress.InProgress, task.Progress);
        Assert.Contains("Attempts:<br>Mon 8 Jun 11:00 \u2013 No answer: tried the mobile<br>Mon 8 Jun 12:00 \u2013 Left a voicemail</p>", task.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolved_and_dismissed_follow_ups_are_completed_tasks_with_a_closing_note()
    {
        var resolved = Build.Open();
        resolved.LogAttempt(CallOutcome.Reached, "megan", Build.Monday10.AddHours(1));
        var dismissed = Build.Open();
        dismissed.Dismiss("megan", Build.Monday10.AddHours(1), "Wrong number, a fax line");

        var resolvedTask = TaskPlan.For(resolved, Build.Hours.Zone, "-", TwoHours);
        var dismissedTask = TaskPlan.For(dismissed, Build.Hours.Zone, "-", TwoHours);

        Assert.Equal((TaskProgress.Completed, TaskProgress.Completed), (resolvedTask.Progress, dismissedTask.Progress));
        Assert.Contains("Resolved Mon 8 Jun 11:00: Reached", resolvedTask.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("Dismissed Mon 8 Jun 11:00: Wrong number, a fax line", dismissedTask.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reopened_follow_up_is_not_started_again()
    {
        var followUp = Build.Open();
        followUp.LogAttempt(CallOutcome.Reached, "megan", Build.Monday10.AddHours(1));
        followUp.Reopen(SlaPolicy.Default.DeadlineFor(Build.Monday10.AddHours(2), Build.Hours), "megan", Build.Monday10.AddHours(2));

        Assert.Equal(TaskProgress.NotStarted, TaskPlan.For(followUp, Build.Hours.Zone, "-", TwoHours).Progress);
    }

    [Fact]
    public void The_fingerprint_ignores_the_availability_line_but_not_a_new_attempt()
    {
        var followUp = Build.Open();
        var first = TaskPlan.For(followUp, London, "You can reach me today between 2 and 4 pm", TwoHours);
        var later = TaskPlan.For(followUp, London, "You can reach me tomorrow between 9 and 11 am", TwoHours);
        followUp.LogAttempt(CallOutcome.Busy, "megan", Build.Monday10.AddHours(1));
        var afterAttempt = TaskPlan.For(followUp, London, "You can reach me today between 2 and 4 pm", TwoHours);

        Assert.NotEqual(first.BodyHtml, later.BodyHtml);
        Assert.Equal(first.Fingerprint, later.Fingerprint);
        Assert.NotEqual(first.Fingerprint, afterAttempt.Fingerprint);
    }

    private static FollowUp FollowUpFrom(Caller caller, DateTimeOffset? at = null)
    {
        var when = at ?? Build.Monday10;
        return FollowUp.Open(Build.NewId(), Build.Call("m1", when, caller), 1, SlaPolicy.Default.DeadlineFor(when, Build.Hours));
    }
}
