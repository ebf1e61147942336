using System.Net;
using Azure.Data.Tables;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Tasks;
using GraphCallback.Storage.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.EndToEnd.Tests.Tasks;

/// <summary>
/// Task writes that overlap, made deterministic by holding one of them at the emulator: a stale
/// write is not read back as the user's change, a due date moved in To Do is not written over,
/// and a create whose claim was taken over while it was slow leaves one task. Every timer is off;
/// the tests fire the ones they need.
/// </summary>
public sealed class TaskWriteRaceTests : IAsyncLifetime
{
    private const string TaskRoute = "/v1.0/users/{user}/todo/lists/{list}/tasks/{task}";
    private const string TasksRoute = "/v1.0/users/{user}/todo/lists/{list}/tasks";
    private SystemUnderTest _system = null!;
    private FollowUp _patti = null!;

    private TaskLinkStore Links => new(new TableServiceClient(_system.Azurite.ConnectionString));

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync(Timers.AllDisabledExcept());
        await _system.ConnectAsync(Demo.MeganKey);
        await _system.SyncsSettledAsync();
        _patti = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460555");
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_catch_up_write_held_while_the_user_resolves_the_follow_up_neither_reopens_it_nor_leaves_the_task_open()
    {
        // Patti's task is due a write a crash left unmade, which the catch-up timer makes; a poll has seen the task.
        var link = (await Links.GetAsync(Demo.MeganKey, _patti.Id))!;
        Assert.NotNull(await Links.TrySaveAsync(Demo.MeganKey, link with { Fingerprint = null }));
        await _system.PollToDoAsync();
        await _system.HoldNextAsync("PATCH", TaskRoute);
        var catchUp = SyncOutsideTheLeaseAsync();
        await _system.HeldAsync();

        // Meanwhile Megan reaches Patti and logs it in the pane: resolved, and its sync ticks the task off.
        var syncs = _system.Activities.RunCount("SyncFollowUps");
        await LogAsync("reached");
        await _system.Activities.RunsAsync("SyncFollowUps", syncs + 1);
        await _system.ReleaseHeldAsync();
        await catchUp;
        await _system.PollToDoAsync();

        var followUp = (await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp;
        Assert.Equal(FollowUpStatus.Resolved, followUp.Status);
        Assert.DoesNotContain(followUp.History, h => h.Kind == HistoryKind.Reopened);
        var (_, task) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal("completed", task.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_due_date_moved_in_To_Do_before_any_poll_saw_it_is_not_written_over_and_moves_the_deadline()
    {
        await _system.PollToDoAsync();
        var (list, task) = await _system.TaskOfAsync(_patti.Id);
        var london = Demo.MeganHours.Zone;
        var due = WallClock.LocalOf(_patti.Sla.DueAt, london);
        await _system.ActOnTaskAsync(Demo.Megan, Id(list), Id(task), "dueDate", new
        {
            dueDateTime = new { dateTime = due.Date.AddDays(2).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), timeZone = "GMT Standard Time" },
        });

        // Before the next poll, an attempt logged in the pane makes the task be written.
        var syncs = _system.Activities.RunCount("SyncFollowUps");
        await LogAsync("noAnswer");
        await _system.Activities.RunsAsync("SyncFollowUps", syncs + 1);
        await _system.PollToDoAsync();

        var moved = WallClock.InstantOf(due.AddDays(2), london);
        var followUp = (await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp;
        Assert.Equal((FollowUpStatus.Attempted, moved), (followUp.Status, followUp.Sla.DueAt));
        Assert.Contains(followUp.History, h => h.Kind == HistoryKind.DueMoved);
        var (_, after) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal(Todo.Day(moved, london), Todo.DueDay(after, london));
        Assert.Equal("inProgress", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_create_held_past_its_claim_lease_while_the_catch_up_takes_the_claim_over_leaves_one_task()
    {
        await _system.HoldNextAsync("POST", TasksRoute);
        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0987", "Slow create", "Please call me back about the invoice.");
        await _system.HeldAsync();

        // The create is so slow that its claim expires; the catch-up finds no task and makes one.
        _system.Clock.Advance(TaskWriter.ClaimLease + TimeSpan.FromMinutes(1));
        await SyncOutsideTheLeaseAsync();
        await _system.ReleaseHeldAsync();
        await _system.SyncsSettledAsync();

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460987");
        var (_, task) = await _system.TaskOfAsync(followUp.Id);
        var link = (await Links.GetAsync(Demo.MeganKey, followUp.Id))!;
        Assert.Equal((TaskLinkState.Linked, Id(task)), (link.State, link.TaskId));
    }

    [Fact]
    public async Task A_claim_a_create_left_unfinished_is_cleared_once_its_follow_up_is_closed()
    {
        // A create that never reached Graph left its claim; the follow-up was dismissed since.
        var (list, task) = await _system.TaskOfAsync(_patti.Id);
        await _system.ActOnTaskAsync(Demo.Megan, Id(list), Id(task), "delete");
        var link = (await Links.GetAsync(Demo.MeganKey, _patti.Id))!;
        Assert.NotNull(await Links.TrySaveAsync(Demo.MeganKey, link with { State = TaskLinkState.Claimed, TaskId = null, Fingerprint = null }));
        await _system.FollowUps.ChangeAsync(Demo.MeganKey, _patti.Id, f => f.Dismiss(Demo.Megan, _system.Clock.GetUtcNow(), "Spam"));

        _system.Clock.Advance(TaskWriter.ClaimLease);
        await _system.RunTimerAsync("CatchUpTasks");

        Assert.Null(await Links.GetAsync(Demo.MeganKey, _patti.Id));
    }

    /// <summary>
    /// The catch-up's full task sync, not under the user's lease: as a writer on an instance whose
    /// lease ran out (a long pause) would write. The lease keeps writers apart; these tests show
    /// the writer stays right without it.
    /// </summary>
    private async Task SyncOutsideTheLeaseAsync()
    {
        await using var scope = _system.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TaskSync>().SyncAsync(Demo.MeganKey, [], CancellationToken.None);
    }

    private static string Id(System.Text.Json.JsonElement item) => item.GetProperty("id").GetString()!;

    private async Task LogAsync(string outcome)
    {
        var token = await _system.MintAsync(Demo.Megan);
        using var response = await _system.SendAsync(HttpMethod.Post, $"api/followups/{_patti.Id}/attempts", token, new { outcome, note = (string?)null });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
