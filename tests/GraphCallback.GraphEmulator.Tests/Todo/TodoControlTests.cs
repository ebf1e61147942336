using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using TaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>The control routes that read To Do as stored and act as the user in the To Do app.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoControlTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_stored_view_shows_every_list_with_its_tasks_and_their_linked_items()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));

        var stored = await emulator.ControlGetAsync($"users/{DemoUsers.MeganUpn}/todo");

        var lists = stored.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(["Tasks", "Flagged Emails", "Call-backs"], lists.Select(l => l.GetProperty("displayName").GetString()));
        var storedTask = Assert.Single(lists[2].GetProperty("tasks").EnumerateArray());
        Assert.Equal(task!.Id, storedTask.GetProperty("id").GetString());
        Assert.Equal("fu-1", storedTask.GetProperty("linkedResources")[0].GetProperty("externalId").GetString());
        Assert.Equal(2, storedTask.GetProperty("checklistItems").GetArrayLength());
    }

    [Fact]
    public async Task The_user_completing_a_task_in_To_Do_shows_in_Graph_but_is_not_a_Graph_request()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Diego" });

        var completed = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/todo/lists/{list}/tasks/{task!.Id}/complete", new { });
        var read = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task.Id].GetAsync();
        var counters = await emulator.ControlGetAsync("counters");

        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal(TaskStatus.Completed, read!.Status);
        Assert.NotNull(read.CompletedDateTime);
        Assert.False(counters.TryGetProperty("PATCH /v1.0/users/{user}/todo/lists/{list}/tasks/{task}", out _));
        Assert.Equal(1, counters.GetProperty("GET /v1.0/users/{user}/todo/lists/{list}/tasks/{task}").GetInt64());
    }

    [Fact]
    public async Task The_user_unticking_a_completed_task_makes_it_not_started_without_a_completion_time()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Diego" });
        var route = $"users/{DemoUsers.Megan}/todo/lists/{list}/tasks/{task!.Id}";

        await emulator.ControlPostAsync(route + "/complete", new { });
        var reopened = await emulator.ControlPostAsync(route + "/uncomplete", new { });
        var read = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task.Id].GetAsync();

        Assert.Equal("notStarted", reopened.GetProperty("status").GetString());
        Assert.Equal(TaskStatus.NotStarted, read!.Status);
        Assert.Null(read.CompletedDateTime);
    }

    [Fact]
    public async Task The_user_can_move_or_remove_the_due_date()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));
        var route = $"users/{DemoUsers.Megan}/todo/lists/{list}/tasks/{task!.Id}/dueDate";

        await emulator.ControlPostAsync(route, new { dueDateTime = new { dateTime = "2026-03-12T00:00:00", timeZone = "GMT Standard Time" } });
        var moved = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task.Id].GetAsync();
        await emulator.ControlPostAsync(route, new { dueDateTime = (object?)null });
        var cleared = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task.Id].GetAsync();

        Assert.Equal("2026-03-12T00:00:00.0000000", moved!.DueDateTime?.DateTime);
        Assert.Null(cleared!.DueDateTime);
    }

    [Fact]
    public async Task The_user_deleting_a_task_makes_it_a_404_in_Graph()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Spam" });

        using var deleted = await emulator.Control.DeleteAsync($"users/{DemoUsers.Megan}/todo/lists/{list}/tasks/{task!.Id}");
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task.Id].GetAsync());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Acting_on_an_unknown_task_is_a_404()
    {
        var list = await TodoTestData.NewListAsync(emulator.Graph());

        using var response = await emulator.Control.PostAsJsonAsync($"users/{DemoUsers.Megan}/todo/lists/{list}/tasks/AAMkNoSuchTask/complete", new { });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ErrorItemNotFound", body.GetProperty("error").GetProperty("code").GetString());
    }
}
