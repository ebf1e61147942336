using GraphCallback.Core.Tasks;
using GraphCallback.Storage.Tasks;
using GraphCallback.Storage.Tests.FollowUps;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Tasks;

/// <summary>Task links beside their follow-ups: ETag-guarded writes and deletes, the write in flight, lookup by task id, purged with the follow-up.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TaskLinkStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_claim_is_written_once_and_a_second_claim_or_a_stale_write_loses()
    {
        var context = await StoreContext.CreateAsync(azurite);
        var links = new TaskLinkStore(context.Service, context.Table.Name);
        var followUp = (await context.Store.IngestAsync(context.User, StoreContext.Call("m1", StoreContext.Monday10), StoreContext.Policy)).FollowUpId;
        var claim = new TaskLink(followUp, TaskLinkState.Claimed, "list-1", null, StoreContext.Monday10, null, new TaskSeen(false, null));

        var first = await links.TrySaveAsync(context.User, claim);
        var second = await links.TrySaveAsync(context.User, claim);
        var linked = await links.TrySaveAsync(context.User, first! with { State = TaskLinkState.Linked, TaskId = "task-1" });
        var stale = await links.TrySaveAsync(context.User, first with { TaskId = "task-2" });

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(linked);
        Assert.Null(stale);
        var stored = await links.GetAsync(context.User, followUp);
        Assert.Equal((TaskLinkState.Linked, "task-1"), (stored!.State, stored.TaskId));
        Assert.Equal(followUp, (await links.FindByTaskIdAsync(context.User, "task-1"))!.FollowUpId);
        Assert.Null(await links.FindByTaskIdAsync(context.User, "task-2"));
    }

    [Fact]
    public async Task A_write_in_flight_is_kept_until_its_end_is_recorded()
    {
        var context = await StoreContext.CreateAsync(azurite);
        var links = new TaskLinkStore(context.Service, context.Table.Name);
        var followUp = (await context.Store.IngestAsync(context.User, StoreContext.Call("m1", StoreContext.Monday10), StoreContext.Policy)).FollowUpId;
        var linked = await links.TrySaveAsync(context.User, new TaskLink(followUp, TaskLinkState.Linked, "list-1", "task-1", StoreContext.Monday10, "f", new TaskSeen(false, StoreContext.Monday10)));
        var writing = new TaskSeen(true, StoreContext.Monday10.AddDays(1));

        var fenced = await links.TrySaveAsync(context.User, linked! with { Writing = writing });
        var inFlight = await links.GetAsync(context.User, followUp);
        await links.TrySaveAsync(context.User, inFlight! with { Known = writing, Writing = null });
        var recorded = await links.GetAsync(context.User, followUp);

        Assert.NotNull(fenced);
        Assert.Equal((writing, new TaskSeen(false, StoreContext.Monday10)), (inFlight.Writing, inFlight.Known));
        Assert.Null(recorded!.Writing);
        Assert.Equal(writing, recorded.Known);
    }

    [Fact]
    public async Task A_claim_is_deleted_only_as_last_read()
    {
        var context = await StoreContext.CreateAsync(azurite);
        var links = new TaskLinkStore(context.Service, context.Table.Name);
        var followUp = (await context.Store.IngestAsync(context.User, StoreContext.Call("m1", StoreContext.Monday10), StoreContext.Policy)).FollowUpId;
        var claim = await links.TrySaveAsync(context.User, new TaskLink(followUp, TaskLinkState.Claimed, "list-1", null, StoreContext.Monday10, null, new TaskSeen(false, null)));
        var renewed = await links.TrySaveAsync(context.User, claim! with { ClaimedAt = StoreContext.Monday10.AddMinutes(3) });

        var stale = await links.TryDeleteAsync(context.User, claim);
        var current = await links.TryDeleteAsync(context.User, renewed!);

        Assert.False(stale);
        Assert.True(current);
        Assert.Null(await links.GetAsync(context.User, followUp));
        Assert.Null(await links.TrySaveAsync(context.User, renewed!));
    }

    [Fact]
    public async Task The_link_is_purged_with_its_closed_follow_up()
    {
        var context = await StoreContext.CreateAsync(azurite);
        var links = new TaskLinkStore(context.Service, context.Table.Name);
        var followUp = (await context.Store.IngestAsync(context.User, StoreContext.Call("m1", StoreContext.Monday10), StoreContext.Policy)).FollowUpId;
        await links.TrySaveAsync(context.User, new TaskLink(followUp, TaskLinkState.Linked, "list-1", "task-1", StoreContext.Monday10, "f", new TaskSeen(true, null)));
        await context.Store.ChangeAsync(context.User, followUp, f => f.Dismiss("megan", StoreContext.Monday10, "Spam"));

        await context.Store.PurgeClosedAsync(StoreContext.Monday10.AddDays(1));

        Assert.Null(await links.GetAsync(context.User, followUp));
        Assert.Empty(await links.ListAsync(context.User));
    }
}
