using System.Net.Http.Json;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Tasks;
using GraphCallback.Graph.Tasks;
using GraphCallback.Graph.Tests.Support;
using GraphCallback.Testing;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Graph.Tests.Tasks;

/// <summary>Follow-up tasks in To Do through the real SDK against the emulator: one-request create, lost responses, delta.</summary>
[CalendarDependent]
public sealed class TodoTasksTests : IClassFixture<EmulatedGraph>
{
    private const string TasksRoute = "POST /v1.0/users/{user}/todo/lists/{list}/tasks";
    private static readonly TimeZoneInfo Sydney = UserTimeZone.Find("AUS Eastern Standard Time");
    private readonly EmulatedGraph _graph;
    private readonly TodoTasks _tasks;

    public TodoTasksTests(EmulatedGraph graph)
    {
        _graph = graph;
        _tasks = new TodoTasks(graph.Client);
    }

    [Fact]
    public async Task A_task_is_created_with_its_voicemail_link_in_one_request_and_due_and_reminder_in_the_users_zone()
    {
        var list = await NewListAsync();
        await _graph.Control.DeleteAsync("counters");
        var content = Content(new DateTimeOffset(2026, 10, 5, 1, 30, 0, TimeSpan.Zero));

        var id = await _tasks.CreateAsync(EmulatedGraph.Megan, list, content, Sydney, "fu-1", new Uri("https://outlook.office.com/mail/id/AAMk1"));

        var counters = await _graph.Control.GetFromJsonAsync<Dictionary<string, int>>("counters");
        Assert.Equal(new Dictionary<string, int> { [TasksRoute] = 1 }, counters);
        var task = await _graph.Client.Users[EmulatedGraph.Megan].Todo.Lists[list].Tasks[id].GetAsync(r => r.QueryParameters.Expand = ["linkedResources"]);
        var link = Assert.Single(task!.LinkedResources!);
        Assert.Equal(("fu-1", "https://outlook.office.com/mail/id/AAMk1", TodoTasks.ApplicationName), (link.ExternalId, link.WebUrl, link.ApplicationName));
        Assert.Equal(("Call back Patti", Microsoft.Graph.Models.Importance.High, true), (task.Title, task.Importance, task.IsReminderOn));
        Assert.Equal(TaskWrite.StartOfDay(content.DueAt, Sydney), GraphTime.ToInstant(task.DueDateTime!, TimeZoneInfo.Utc));
        Assert.Equal(content.ReminderAt, GraphTime.ToInstant(task.ReminderDateTime!, TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_due_is_sent_as_the_users_day_and_the_reminder_as_their_wall_clock_time_across_daylight_saving()
    {
        // Sydney leaves daylight saving at 03:00 on 5 April 2026: the due is 09:00 AEST, the reminder 2 h earlier is 07:00.
        // To Do keeps only the day of a due, so that is all that is sent: midnight of 5 April in Sydney.
        var due = WallClock.InstantOf(new DateTime(2026, 4, 5, 9, 0, 0), Sydney);

        var model = TaskWrite.Model(Content(due) with { ReminderAt = due.AddHours(-2) }, Sydney);

        Assert.Equal(("2026-04-05T00:00:00.0000000", "AUS Eastern Standard Time"), (model.DueDateTime!.DateTime, model.DueDateTime.TimeZone));
        Assert.Equal("2026-04-05T07:00:00.0000000", model.ReminderDateTime!.DateTime);
    }

    [Fact]
    public async Task A_create_whose_response_is_lost_is_not_retried_blindly_and_is_found_by_its_external_id()
    {
        var list = await NewListAsync();
        await FaultAsync(new { kind = "UnavailableAfterServing", route = "/v1.0/users/{user}/todo/lists/{list}/tasks", method = "POST", count = 1, retryAfterSeconds = 0 });

        var error = await Assert.ThrowsAsync<ODataError>(() => _tasks.CreateAsync(EmulatedGraph.Megan, list, Content(_graph.Clock.GetUtcNow()), Sydney, "fu-lost", null));
        var found = await _tasks.FindByExternalIdAsync(EmulatedGraph.Megan, list, "fu-lost");

        Assert.Equal(503, error.ResponseStatusCode);
        var stored = await _graph.Client.Users[EmulatedGraph.Megan].Todo.Lists[list].Tasks.GetAsync();
        Assert.Equal(found, Assert.Single(stored!.Value!).Id);
        Assert.Null(await _tasks.FindByExternalIdAsync(EmulatedGraph.Megan, list, "fu-other"));
    }

    [Fact]
    public async Task Delta_reports_a_task_ticked_off_or_deleted_in_To_Do_and_a_deleted_list_as_gone()
    {
        var list = await NewListAsync();
        var delta = new TaskDelta(_graph.Client);
        var done = await _tasks.CreateAsync(EmulatedGraph.Megan, list, Content(_graph.Clock.GetUtcNow()), Sydney, "fu-done", null);
        var gone = await _tasks.CreateAsync(EmulatedGraph.Megan, list, Content(_graph.Clock.GetUtcNow()), Sydney, "fu-gone", null);
        var start = await delta.ReadAsync(EmulatedGraph.Megan, list, null, Sydney);

        (await _graph.Control.PostAsJsonAsync($"users/{EmulatedGraph.Megan}/todo/lists/{list}/tasks/{done}/complete", new { })).EnsureSuccessStatusCode();
        (await _graph.Control.DeleteAsync($"users/{EmulatedGraph.Megan}/todo/lists/{list}/tasks/{gone}")).EnsureSuccessStatusCode();
        var next = await delta.ReadAsync(EmulatedGraph.Megan, list, start!.DeltaLink, Sydney);
        (await _graph.Control.DeleteAsync($"users/{EmulatedGraph.Megan}/todo/lists/{list}")).EnsureSuccessStatusCode();

        Assert.Equal(2, start.Changes.Count);
        Assert.True(Assert.Single(next!.Changes, c => c.TaskId == done).Seen!.Completed);
        Assert.Null(Assert.Single(next.Changes, c => c.TaskId == gone).Seen);
        Assert.Null(await delta.ReadAsync(EmulatedGraph.Megan, list, next.DeltaLink, Sydney));
    }

    [Fact]
    public async Task The_ids_of_a_lists_tasks_are_read_across_pages_and_a_deleted_list_has_none()
    {
        var list = await NewListAsync();
        var created = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            created.Add(await _tasks.CreateAsync(EmulatedGraph.Megan, list, Content(_graph.Clock.GetUtcNow()), Sydney, $"fu-{i}", null));
        }

        (await _graph.Control.DeleteAsync($"users/{EmulatedGraph.Megan}/todo/lists/{list}/tasks/{created[3]}")).EnsureSuccessStatusCode();
        var ids = await _tasks.IdsAsync(EmulatedGraph.Megan, list);
        (await _graph.Control.DeleteAsync($"users/{EmulatedGraph.Megan}/todo/lists/{list}")).EnsureSuccessStatusCode();

        Assert.Equal(created.Where((_, i) => i != 3).Order(StringComparer.Ordinal), ids!.Order(StringComparer.Ordinal));
        Assert.Null(await _tasks.IdsAsync(EmulatedGraph.Megan, list));
    }

    [Fact]
    public async Task The_call_back_list_is_created_once_found_again_by_name_and_deleted()
    {
        var lists = new TodoLists(_graph.Client);
        var name = "Call-backs " + Guid.NewGuid().ToString("N")[..6];

        var created = await lists.FindOrCreateAsync(EmulatedGraph.Megan, name);
        var again = await lists.FindOrCreateAsync(EmulatedGraph.Megan, name);
        var existed = await lists.ExistsAsync(EmulatedGraph.Megan, created.Id);
        await lists.DeleteAsync(EmulatedGraph.Megan, created.Id);

        Assert.Equal((created.Id, true, false), (again.Id, created.Created, again.Created));
        Assert.True(existed);
        Assert.False(await lists.ExistsAsync(EmulatedGraph.Megan, created.Id));
    }

    private static TaskContent Content(DateTimeOffset due) =>
        new("Call back Patti", "<p>Hi</p>", due, due.AddHours(-2), TaskImportance.High, TaskProgress.NotStarted, "fp");

    private async Task<string> NewListAsync() =>
        (await new TodoLists(_graph.Client).FindOrCreateAsync(EmulatedGraph.Megan, "Call-backs " + Guid.NewGuid().ToString("N")[..6])).Id;

    private async Task FaultAsync(object rule)
    {
        using var response = await _graph.Control.PostAsJsonAsync("faults", rule);
        response.EnsureSuccessStatusCode();
    }
}
