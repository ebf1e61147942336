using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using TaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>tasks/delta through the SDK: paged initial sync, then only changes (deletions as @removed), and expired tokens.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoDeltaTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_delta_round_trip_pages_the_initial_sync_then_returns_only_what_changed()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var tasks = graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks;
        var ids = new List<string>();
        foreach (var title in new[] { "One", "Two", "Three" })
        {
            ids.Add((await tasks.PostAsync(new TodoTask { Title = title }))!.Id!);
        }

        var page1 = await tasks.Delta.GetAsDeltaGetResponseAsync(r => r.Headers.Add("Prefer", "odata.maxpagesize=2"));
        var page2 = await tasks.Delta.WithUrl(page1!.OdataNextLink!).GetAsDeltaGetResponseAsync();
        await tasks[ids[0]].PatchAsync(new TodoTask { Status = TaskStatus.Completed });
        await tasks[ids[1]].DeleteAsync();
        var added = await tasks.PostAsync(new TodoTask { Title = "Four" });
        var changes = await tasks.Delta.WithUrl(page2!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();
        var quiet = await tasks.Delta.WithUrl(changes!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        Assert.Equal(2, page1.Value!.Count);
        Assert.Null(page1.OdataDeltaLink);
        Assert.Single(page2.Value!);
        Assert.Null(page2.OdataNextLink);
        Assert.Equal(["One", "Two", "Three"], page1.Value.Concat(page2.Value!).Select(t => t.Title));
        Assert.Equal(3, changes.Value!.Count);
        var completed = Assert.Single(changes.Value, t => t.Id == ids[0]);
        Assert.Equal(TaskStatus.Completed, completed.Status);
        var removed = Assert.Single(changes.Value, t => t.Id == ids[1]);
        Assert.True(removed.AdditionalData.ContainsKey("@removed"));
        Assert.Contains(changes.Value, t => t.Id == added!.Id && t.Title == "Four");
        Assert.DoesNotContain(changes.Value, t => t.Id == ids[2]);
        Assert.Empty(quiet!.Value!);
        Assert.NotNull(quiet.OdataDeltaLink);
    }

    [Fact]
    public async Task A_task_created_and_deleted_between_two_rounds_is_not_reported_but_one_seen_before_is()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var tasks = graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks;
        var seen = (await tasks.PostAsync(new TodoTask { Title = "Seen" }))!.Id!;
        var start = await tasks.Delta.GetAsDeltaGetResponseAsync();
        var unseen = (await tasks.PostAsync(new TodoTask { Title = "Unseen" }))!.Id!;
        await tasks[unseen].DeleteAsync();
        await tasks[seen].DeleteAsync();

        var changes = await tasks.Delta.WithUrl(start!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        var removed = Assert.Single(changes!.Value!);
        Assert.Equal(seen, removed.Id);
        Assert.True(removed.AdditionalData.ContainsKey("@removed"));
    }

    [Fact]
    public async Task Linked_resources_can_be_expanded_in_delta()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-7"));

        var delta = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.Delta.GetAsDeltaGetResponseAsync(
            r => r.QueryParameters.Expand = ["linkedResources"]);

        Assert.Equal("fu-7", Assert.Single(Assert.Single(delta!.Value!).LinkedResources!).ExternalId);
    }

    [Fact]
    public async Task An_expired_delta_token_is_410_syncStateNotFound()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var initial = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.Delta.GetAsDeltaGetResponseAsync();
        using var expire = await emulator.Control.PostAsync("delta/expire", null);

        var error = await Assert.ThrowsAsync<ODataError>(() =>
            graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.Delta.WithUrl(initial!.OdataDeltaLink!).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("syncStateNotFound", error.Error?.Code);
    }
}
