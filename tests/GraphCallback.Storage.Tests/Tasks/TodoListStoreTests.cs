using GraphCallback.Storage.Tasks;
using GraphCallback.Storage.Tests.FollowUps;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Tasks;

/// <summary>The user's To Do list row: the first list recorded wins, forgetting makes room, delta links follow the list.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TodoListStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_first_list_recorded_wins_until_it_is_forgotten()
    {
        var context = await StoreContext.CreateAsync(azurite);
        var lists = new TodoListStore(context.Service, context.Table.Name);

        var first = await lists.SetListAsync(context.User, "list-a");
        var second = await lists.SetListAsync(context.User, "list-b");
        await lists.ForgetListAsync(context.User, "list-other");
        var afterWrongForget = await lists.GetAsync(context.User);
        await lists.ForgetListAsync(context.User, "list-a");
        var forgotten = await lists.GetAsync(context.User);
        var third = await lists.SetListAsync(context.User, "list-c");

        Assert.Equal(("list-a", "list-a"), (first, second));
        Assert.Equal("list-a", afterWrongForget!.ListId);
        Assert.Null(forgotten);
        Assert.Equal("list-c", third);
    }

    [Fact]
    public async Task A_delta_link_is_kept_only_for_the_recorded_list()
    {
        var context = await StoreContext.CreateAsync(azurite);
        var lists = new TodoListStore(context.Service, context.Table.Name);
        await lists.SetListAsync(context.User, "list-a");

        await lists.SetDeltaLinkAsync(context.User, "list-a", "https://graph.example/delta?token=1");
        await lists.SetDeltaLinkAsync(context.User, "list-old", "https://graph.example/delta?token=old");

        Assert.Equal(new TodoList("list-a", "https://graph.example/delta?token=1"), await lists.GetAsync(context.User));
    }
}
