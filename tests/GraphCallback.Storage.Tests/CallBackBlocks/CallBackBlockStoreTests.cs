using Azure.Data.Tables;
using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Users;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.CallBackBlocks;

[Collection(AzuriteCollection.Name)]
public class CallBackBlockStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lost = TimeSpan.FromMinutes(10);
    private readonly UserKey _user = new(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

    private async Task<CallBackBlockStore> StoreAsync()
    {
        var store = new CallBackBlockStore(new TableServiceClient(azurite.ConnectionString), "b" + Guid.NewGuid().ToString("N"));
        await store.CreateTableIfNotExistsAsync();
        return store;
    }

    [Fact]
    public async Task A_burst_of_changes_makes_one_plan_request_until_the_planner_takes_it()
    {
        var store = await StoreAsync();

        Assert.True(await store.TryRequestPlanAsync(_user, Now.AddMinutes(1), Now, Lost));
        Assert.False(await store.TryRequestPlanAsync(_user, Now.AddMinutes(1.5), Now.AddSeconds(30), Lost));
        Assert.Equal(Now.AddMinutes(1), await store.PlanRequestedForAsync(_user));

        await store.ClearPlanRequestAsync(_user);
        await store.ClearPlanRequestAsync(_user);
        Assert.Null(await store.PlanRequestedForAsync(_user));
        Assert.True(await store.TryRequestPlanAsync(_user, Now.AddMinutes(3), Now.AddMinutes(2), Lost));
    }

    [Fact]
    public async Task A_request_whose_message_was_lost_is_made_again()
    {
        var store = await StoreAsync();
        await store.TryRequestPlanAsync(_user, Now.AddMinutes(1), Now, Lost);

        var later = Now.AddMinutes(1) + Lost + TimeSpan.FromSeconds(1);
        Assert.True(await store.TryRequestPlanAsync(_user, later.AddMinutes(1), later, Lost));
        Assert.Equal(later.AddMinutes(1), await store.PlanRequestedForAsync(_user));
    }

    [Fact]
    public async Task A_day_record_round_trips_and_a_day_never_planned_is_empty()
    {
        var store = await StoreAsync();
        var day = new DateOnly(2027, 3, 1);
        var record = new BlockRecord(day, BlockState.Booked, "event-1", new TimeRange(Now.AddHours(6), Now.AddHours(6.5)), 5, 1, true, "Booked 30 minutes for 5 calls.", "ABC");

        await store.SaveDayAsync(_user, record);

        Assert.Equal(record, await store.GetDayAsync(_user, day));
        Assert.Equal(BlockRecord.Empty(day.AddDays(1)), await store.GetDayAsync(_user, day.AddDays(1)));
    }
}
