using System.Net;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Tasks;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Hosting;
using GraphCallback.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.EndToEnd.Tests.Tasks;

/// <summary>
/// Changes travel both ways: an outcome logged in the task pane updates the task; ticking the
/// task off or unticking it, deleting it or moving its due date in To Do changes the follow-up.
/// </summary>
[CalendarDependent]
public sealed class TaskRoundTripTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;
    private FollowUp _patti = null!;

    public async Task InitializeAsync()
    {
        _system = await TaskTestContext.StartAsync();
        _patti = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460555");
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Outcomes_logged_through_the_API_are_added_to_the_task_and_reaching_the_caller_completes_it()
    {
        var token = await _system.MintAsync(Demo.Megan);
        var (_, before) = await _system.TaskOfAsync(_patti.Id);

        await LogAsync(token, "noAnswer", "Tried her mobile");
        var (_, tagged) = await _system.TaskOfAsync(_patti.Id);
        await LogAsync(token, "reached", null);
        var (_, done) = await _system.TaskOfAsync(_patti.Id);

        Assert.Equal(("Call back Patti Fernandez (Fabrikam Hotels)", "high", "notStarted"), (before.GetProperty("title").GetString(), before.GetProperty("importance").GetString(), before.GetProperty("status").GetString()));
        Assert.Equal("inProgress", tagged.GetProperty("status").GetString());
        Assert.Contains("No answer: Tried her mobile", tagged.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Contains("Resolved ", done.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("id").GetString(), done.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Ticking_the_task_off_in_To_Do_resolves_the_follow_up_as_done_in_To_Do()
    {
        var resolved = await ActInToDoAsync("complete");

        Assert.Equal(FollowUpStatus.Resolved, resolved.Status);
        Assert.Equal((HistoryKind.Resolved, TaskFeedback.Actor, "Done in To Do"), (resolved.History[^1].Kind, resolved.History[^1].Actor, resolved.History[^1].Note));
        var (_, after) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal("completed", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unticking_a_task_ticked_off_by_mistake_reopens_the_follow_up_with_a_fresh_deadline()
    {
        await ActInToDoAsync("complete");

        var reopened = await ActInToDoAsync("uncomplete");

        Assert.Equal(FollowUpStatus.Open, reopened.Status);
        Assert.Equal((HistoryKind.Reopened, TaskFeedback.Actor, "Marked not done in To Do"), (reopened.History[^1].Kind, reopened.History[^1].Actor, reopened.History[^1].Note));
        // Fresh: the deadline counts from the moment of reopening, not from Patti's calls.
        Assert.Equal(Demo.MeganPolicy.DeadlineFor(reopened.History[^1].At), reopened.Sla);
        Assert.True(reopened.Sla.ClockStartsAt >= reopened.History[^1].At);
        var (_, after) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal("notStarted", after.GetProperty("status").GetString());
        Assert.Equal(Todo.Day(reopened.Sla.DueAt, Demo.MeganHours.Zone), Todo.DueDay(after, Demo.MeganHours.Zone));
        Assert.Equal(reopened.Sla.DueAt.AddHours(-2), Todo.Instant(after.GetProperty("reminderDateTime")));
    }

    [Fact]
    public async Task Deleting_the_task_in_To_Do_dismisses_the_follow_up_and_no_new_task_is_made()
    {
        var dismissed = await ActInToDoAsync("delete");

        Assert.Equal(FollowUpStatus.Dismissed, dismissed.Status);
        Assert.Equal("Task deleted in To Do", dismissed.History[^1].Note);
        Assert.Empty(Todo.TasksFor(Assert.Single(await _system.CallBackListsAsync(Demo.Megan)), _patti.Id));
    }

    [Fact]
    public async Task Moving_the_due_date_in_To_Do_moves_the_follow_ups_deadline_and_the_reminder_follows()
    {
        // To Do has days, not times: the user picks the day after next, and it sends that day at
        // 00:00 in the user's own zone (Megan: London). The deadline keeps its time of day.
        var london = Demo.MeganHours.Zone;
        var due = WallClock.LocalOf(_patti.Sla.DueAt, london);
        var followUp = await ActInToDoAsync("dueDate", new
        {
            dueDateTime = new { dateTime = due.Date.AddDays(2).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), timeZone = "GMT Standard Time" },
        });

        var moved = WallClock.InstantOf(due.AddDays(2), london);
        Assert.Equal(moved, followUp.Sla.DueAt);
        Assert.Equal(HistoryKind.DueMoved, followUp.History[^1].Kind);
        var (_, after) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal(Todo.Day(moved, london), Todo.DueDay(after, london));
        Assert.Equal(moved.AddHours(-2), Todo.Instant(after.GetProperty("reminderDateTime")));
    }

    [Fact]
    public async Task A_task_deleted_before_any_poll_saw_it_is_found_by_the_catch_up_timer()
    {
        // Delta need not report a task created and deleted between two rounds (the emulator does not).
        var (list, task) = await _system.TaskOfAsync(_patti.Id);
        await _system.ActOnTaskAsync(Demo.Megan, Id(list), Id(task), "delete");
        await _system.PollToDoAsync();
        var afterPoll = (await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp;
        var (applied, syncs) = (_system.TaskChangesApplied(_patti.Id), _system.Activities.RunCount("SyncFollowUps"));

        await _system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync("CatchUpTasks", new TimerTick(false, null, null), CancellationToken.None);
        await _system.TaskChangeAppliedAsync(_patti.Id, applied, syncs);

        Assert.Equal(FollowUpStatus.Open, afterPoll.Status);
        var dismissed = (await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp;
        Assert.Equal((FollowUpStatus.Dismissed, "Task deleted in To Do"), (dismissed.Status, dismissed.History[^1].Note));
        Assert.Empty(Todo.TasksFor(Assert.Single(await _system.CallBackListsAsync(Demo.Megan)), _patti.Id));
    }

    /// <summary>
    /// Megan acts on Patti's task in the To Do app, after a poll has seen the task (as one does
    /// within two minutes of its creation); returns the follow-up once the next poll brought the
    /// change back and it was synced.
    /// </summary>
    private async Task<FollowUp> ActInToDoAsync(string action, object? body = null)
    {
        await _system.PollToDoAsync();
        var (list, task) = await _system.TaskOfAsync(_patti.Id);
        var syncs = _system.Activities.RunCount("SyncFollowUps");
        var applied = _system.TaskChangesApplied(_patti.Id);
        await _system.ActOnTaskAsync(Demo.Megan, Id(list), Id(task), action, body);
        await _system.PollToDoAsync();
        await _system.TaskChangeAppliedAsync(_patti.Id, applied, syncs);
        return (await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp;
    }

    private static string Id(System.Text.Json.JsonElement item) => item.GetProperty("id").GetString()!;

    private async Task LogAsync(string token, string outcome, string? note)
    {
        var syncs = _system.Activities.RunCount("SyncFollowUps");
        using var response = await _system.SendAsync(HttpMethod.Post, $"api/followups/{_patti.Id}/attempts", token, new { outcome, note });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _system.Activities.RunsAsync("SyncFollowUps", syncs + 1);
    }
}
