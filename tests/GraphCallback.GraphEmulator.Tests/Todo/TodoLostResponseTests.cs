using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>A response lost after the write (UnavailableAfterServing), and the user deleting a whole list.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoLostResponseTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_create_whose_response_is_lost_is_stored_and_the_SDKs_own_retry_stores_it_twice()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        await emulator.ControlPostAsync("faults", new { kind = "UnavailableAfterServing", route = "/v1.0/users/{user}/todo/lists/{list}/tasks", method = "POST", count = 1, retryAfterSeconds = 0 });

        // The SDK retries a 503 by default: the first attempt was carried out, so the retry makes a second task.
        var returned = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Patti back" });
        var stored = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.GetAsync();

        Assert.NotNull(returned!.Id);
        Assert.Equal(["Call Patti back", "Call Patti back"], stored!.Value!.Select(t => t.Title));
        var counters = await emulator.ControlGetAsync("counters");
        Assert.Equal(2, counters.GetProperty("POST /v1.0/users/{user}/todo/lists/{list}/tasks").GetInt64());
    }

    [Fact]
    public async Task The_user_deleting_a_list_removes_it_and_its_tasks()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Isaiah" });

        (await emulator.Control.DeleteAsync($"users/{DemoUsers.Megan}/todo/lists/{list}")).EnsureSuccessStatusCode();
        var lists = await graph.Users[DemoUsers.Megan].Todo.Lists.GetAsync();

        Assert.DoesNotContain(lists!.Value!, l => l.Id == list);
        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.GetAsync());
        Assert.Equal(404, error.ResponseStatusCode);
    }
}
