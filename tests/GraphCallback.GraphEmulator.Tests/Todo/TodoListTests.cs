using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>To Do task lists: the well-known ones, create, rename, delete, paging, /me.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoListTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_user_starts_with_the_default_Tasks_list_and_Flagged_Emails()
    {
        var lists = await emulator.Graph().Users[DemoUsers.Megan].Todo.Lists.GetAsync();

        Assert.Collection(
            lists!.Value!,
            tasks =>
            {
                Assert.Equal("Tasks", tasks.DisplayName);
                Assert.Equal(WellknownListName.DefaultList, tasks.WellknownListName);
                Assert.True(tasks.IsOwner);
                Assert.False(tasks.IsShared);
            },
            flagged => Assert.Equal(WellknownListName.FlaggedEmails, flagged.WellknownListName));
    }

    [Fact]
    public async Task A_created_list_is_none_well_known_and_can_be_renamed_read_by_upn_and_deleted()
    {
        var graph = emulator.Graph();

        var created = await graph.Users[DemoUsers.Megan].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Call-backs" });
        var renamed = await graph.Users[DemoUsers.Megan].Todo.Lists[created!.Id].PatchAsync(new TodoTaskList { DisplayName = "Call-backs (Megan)" });
        var read = await graph.Users[DemoUsers.MeganUpn].Todo.Lists[created.Id].GetAsync();
        await graph.Users[DemoUsers.Megan].Todo.Lists[created.Id].DeleteAsync();
        var gone = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[created.Id].GetAsync());

        Assert.Equal(WellknownListName.None, created.WellknownListName);
        Assert.Equal("Call-backs (Megan)", renamed!.DisplayName);
        Assert.Equal("Call-backs (Megan)", read!.DisplayName);
        Assert.NotEqual(created.AdditionalData["@odata.etag"], renamed.AdditionalData["@odata.etag"]);
        Assert.Equal(404, gone.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", gone.Error?.Code);
    }

    [Fact]
    public async Task The_default_list_cannot_be_deleted()
    {
        var graph = emulator.Graph();
        var lists = await graph.Users[DemoUsers.Megan].Todo.Lists.GetAsync();
        var defaultList = lists!.Value!.Single(l => l.WellknownListName == WellknownListName.DefaultList);

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[defaultList.Id].DeleteAsync());

        Assert.Equal(400, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Lists_are_paged_with_nextLink_and_the_SDK_page_iterator_reads_them_all()
    {
        var graph = emulator.Graph();
        for (var i = 1; i <= 7; i++)
        {
            await graph.Users[DemoUsers.Megan].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = $"List {i}" });
        }

        var first = await graph.Users[DemoUsers.Megan].Todo.Lists.GetAsync(r => r.QueryParameters.Top = 4);
        var names = new List<string>();
        var iterator = PageIterator<TodoTaskList, TodoTaskListCollectionResponse>.CreatePageIterator(graph, first!, list =>
        {
            names.Add(list.DisplayName!);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal(4, first!.Value!.Count);
        Assert.NotNull(first.OdataNextLink);
        Assert.Equal(["Tasks", "Flagged Emails", .. Enumerable.Range(1, 7).Select(i => $"List {i}")], names);
    }

    [Fact]
    public async Task Me_reaches_the_signed_in_users_lists()
    {
        var token = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "Tasks.ReadWrite" });
        var graph = emulator.Graph(token);

        var created = await graph.Me.Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Mine" });
        var viaUsers = await emulator.Graph().Users[DemoUsers.Megan].Todo.Lists[created!.Id].GetAsync();

        Assert.Equal("Mine", viaUsers!.DisplayName);
    }

    [Fact]
    public async Task An_unknown_user_is_a_404()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Users["nobody@contoso.example"].Todo.Lists.GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
    }
}
