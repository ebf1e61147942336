using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Testing;
using static GraphCallback.Storage.Tests.FollowUps.StoreContext;

namespace GraphCallback.Storage.Tests.FollowUps;

[Collection(AzuriteCollection.Name)]
public class ListAndPurgeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pending_follow_ups_list_by_priority_then_due_and_closed_ones_only_with_all()
    {
        var context = await CreateAsync(azurite);
        var vendor = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10, "+4930000001", CallerKind.Vendor), Policy);
        var lateClient = await context.Store.IngestAsync(context.User, Call("vm-2", Monday10.AddHours(2), "+4930000002", CallerKind.Client), Policy);
        var earlyClient = await context.Store.IngestAsync(context.User, Call("vm-3", Monday10.AddHours(1), "+4930000003", CallerKind.Client), Policy);
        var closed = await context.Store.IngestAsync(context.User, Call("vm-4", Monday10, "+4930000004", CallerKind.Colleague), Policy);
        await context.Store.ChangeAsync(context.User, closed.FollowUpId, f => f.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(3)));

        var pending = await context.Store.ListAsync(context.User, pendingOnly: true);
        var all = await context.Store.ListAsync(context.User, pendingOnly: false);

        Assert.Equal([earlyClient.FollowUpId, lateClient.FollowUpId, vendor.FollowUpId], pending.Select(f => f.Id));
        Assert.Equal(4, all.Count);
        Assert.Contains(all, f => f.Id == closed.FollowUpId && f.Status == FollowUpStatus.Resolved);
    }

    [Fact]
    public async Task Purging_removes_follow_ups_closed_before_the_cutoff_with_their_keys_and_keeps_the_rest()
    {
        var context = await CreateAsync(azurite);
        var old = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10, "+4930000001"), Policy);
        await context.Store.ChangeAsync(context.User, old.FollowUpId, f => f.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(1)));
        var open = await context.Store.IngestAsync(context.User, Call("vm-2", Monday10, "+4930000002"), Policy);
        context.Time.Advance(TimeSpan.FromDays(100));
        var recent = await context.Store.IngestAsync(context.User, Call("vm-3", Monday10.AddDays(100), "+4930000003"), Policy);
        await context.Store.ChangeAsync(context.User, recent.FollowUpId, f => f.Dismiss("me", Monday10.AddDays(100), "spam"));

        var purged = await context.Store.PurgeClosedAsync(context.Time.GetUtcNow() - TimeSpan.FromDays(90));

        Assert.Equal(1, purged);
        Assert.Null(await context.Store.GetAsync(context.User, old.FollowUpId));
        Assert.NotNull(await context.Store.GetAsync(context.User, open.FollowUpId));
        Assert.NotNull(await context.Store.GetAsync(context.User, recent.FollowUpId));
        Assert.Equal(8, await context.RowCountAsync());

        // With its keys gone, the same caller calling again starts afresh.
        var again = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10.AddDays(100), "+4930000001"), Policy);
        Assert.Equal(Core.Intake.IntakeOutcome.Created, again.Outcome);
    }
}
