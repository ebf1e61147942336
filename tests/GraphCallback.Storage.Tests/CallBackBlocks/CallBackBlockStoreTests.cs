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

        Assert.NotNull(await store.TrySaveDayAsync(_user, record, etag: null));

        Assert.Equal(record, await store.GetDayAsync(_user, day));
        Assert.Equal(BlockRecord.Empty(day.AddDays(1)), await store.GetDayAsync(_user, day.AddDays(1)));
    }

    [Fact]
    public async Task The_second_windows_block_has_its_own_record()
    {
        var store = await StoreAsync();
        var day = new DateOnly(2027, 3, 2);
        var morning = BlockRecord.Empty(day, window: 2) with { State = BlockState.Booked, EventId = "event-2", Calls = 3 };

        Assert.NotNull(await store.TrySaveDayAsync(_user, morning, etag: null));

        Assert.Equal(morning, await store.GetDayAsync(_user, day, window: 2));
        Assert.Equal(BlockRecord.Empty(day), await store.GetDayAsync(_user, day));
    }

    [Fact]
    public async Task A_day_record_is_written_only_over_the_version_it_was_decided_on()
    {
        var store = await StoreAsync();
        var day = new DateOnly(2027, 3, 3);
        var booked = BlockRecord.Empty(day) with { State = BlockState.Booked, EventId = "event-3", Time = new TimeRange(Now.AddHours(6), Now.AddHours(6.25)), Calls = 1, Generation = 1 };

        var first = await store.TrySaveDayAsync(_user, booked, etag: null);
        var secondFirst = await store.TrySaveDayAsync(_user, booked with { EventId = "event-4" }, etag: null);
        var read = await store.ReadDayAsync(_user, day);
        var grown = await store.TrySaveDayAsync(_user, booked with { Calls = 4 }, read.ETag);
        var stale = await store.TrySaveDayAsync(_user, booked with { State = BlockState.None }, read.ETag);

        Assert.NotNull(first);
        Assert.Null(secondFirst);
        Assert.Equal(first, read.ETag);
        Assert.NotNull(grown);
        Assert.Null(stale);
        Assert.Equal(booked with { Calls = 4 }, await store.GetDayAsync(_user, day));
    }

    [Fact]
    public async Task A_calendar_write_under_way_is_kept_with_the_day_until_its_outcome_is_saved()
    {
        var store = await StoreAsync();
        var day = new DateOnly(2027, 3, 4);
        var moving = BlockRecord.Empty(day) with
        {
            State = BlockState.Booked,
            EventId = "event-5",
            Time = new TimeRange(Now.AddHours(6), Now.AddHours(6.25)),
            Intent = new CalendarIntent(CalendarStep.Change, new TimeRange(Now.AddHours(6), Now.AddHours(6.5)), Now.AddMinutes(2)),
        };
        var removing = moving with { Intent = new CalendarIntent(CalendarStep.Remove, null, Now.AddMinutes(3)) };

        var etag = await store.TrySaveDayAsync(_user, moving, etag: null);
        Assert.Equal(moving, await store.GetDayAsync(_user, day));
        etag = await store.TrySaveDayAsync(_user, removing, etag);
        Assert.Equal(removing, await store.GetDayAsync(_user, day));
        await store.TrySaveDayAsync(_user, removing with { State = BlockState.None, EventId = null, Time = null, Intent = null }, etag);

        Assert.Null((await store.GetDayAsync(_user, day)).Intent);
    }
}
