using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.CallBackBlocks;
using GraphCallback.Graph.Availability;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.CallBackBlocks;

namespace GraphCallback.EndToEnd.Tests.CallBackBlocks;

/// <summary>
/// Planners on several instances at once, and one that dies half-way: a second instance plans
/// Megan's day beside the app, its storage held or broken at one step by a pipeline policy, so
/// the interleaving is the same on every run.
/// </summary>
public sealed partial class CallBackBlockTests
{
    private const string Changes = "PATCH /v1.0/users/{user}/events/{event}";

    [Fact]
    public async Task Two_planners_at_once_keep_one_block_and_the_one_that_read_first_does_not_take_the_others_change_for_the_users()
    {
        await LeaveVoicemailsAsync(2, planned: 1);
        var start = Times(Assert.Single(await CallBackEventsAsync())).Start;

        // Another instance reads the day for these two calls and stalls, while three more arrive and the app grows the block.
        var pause = DayRowPause.AfterRead();
        var elsewhere = PlanElsewhereAsync(pause);
        await pause.Reached;
        await LeaveVoicemailsAsync(3, planned: 2);
        pause.Release();
        await elsewhere;

        var grown = Assert.Single(await CallBackEventsAsync());
        Assert.Equal((start, start.AddMinutes(30)), Times(grown));
        Assert.Equal("Call-back time (5 calls)", grown.GetProperty("subject").GetString());
        var today = await TodayAsync();
        Assert.Equal("booked", today.GetProperty("state").GetString());
        Assert.Equal(start.AddMinutes(30), today.GetProperty("end").GetDateTimeOffset());
        Assert.Equal(5, today.GetProperty("calls").GetInt32());

        // The next plan finds the block where the app put it, so it is still the app's to place.
        await LeaveVoicemailsAsync(1, planned: 4);
        Assert.Equal("Same time; the list of calls is refreshed.", (await TodayAsync()).GetProperty("reason").GetString());
        Assert.Equal("Call-back time (6 calls)", Assert.Single(await CallBackEventsAsync()).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_planner_in_the_middle_of_its_calendar_write_holds_the_day_and_the_other_plans_it_again_after()
    {
        await LeaveVoicemailsAsync(2, planned: 1);
        var start = Times(Assert.Single(await CallBackEventsAsync())).Start;
        await DeliverVoicemailsAsync(3);

        // Another instance decides to grow the block for five calls and records that, then stalls before Graph.
        var pause = DayRowPause.AfterWrite();
        var elsewhere = PlanElsewhereAsync(pause);
        await pause.Reached;
        _clock.Advance(Debounce);
        await PlannedDaysAsync(2);
        Assert.Equal(0, (await RequestCountsAsync()).GetValueOrDefault(Changes));

        pause.Release();
        await elsewhere;
        _clock.Advance(BlockBooking.Hold);
        await PlannedDaysAsync(4);

        var grown = Assert.Single(await CallBackEventsAsync());
        Assert.Equal((start, start.AddMinutes(30)), Times(grown));
        Assert.Equal(1, (await RequestCountsAsync()).GetValueOrDefault(Changes));
        Assert.Equal("Same time; the list of calls is refreshed.", (await TodayAsync()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_planner_that_dies_between_removing_the_block_and_saving_the_day_is_not_taken_for_the_user_deleting_it()
    {
        await LeaveVoicemailsAsync(2, planned: 1);
        var megan = await _system.MintAsync(Demo.Megan);
        await ResolveAsync(megan, await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true));
        await _system.Activities.RunsAsync("SyncFollowUps", _voicemails + _resolved);

        // Another instance plans first: it deletes the event, then dies before the day is saved.
        await Assert.ThrowsAsync<IOException>(() => PlanElsewhereAsync(new RemovalSaveCrash()));
        Assert.Empty(await CallBackEventsAsync());

        // The plan the resolutions asked for runs once the dead planner's hold on the day is over.
        _clock.Advance(BlockBooking.Hold);
        await PlannedDaysAsync(3);
        var today = await TodayAsync();
        Assert.Equal("none", today.GetProperty("state").GetString());
        Assert.Equal("Every call is returned.", today.GetProperty("reason").GetString());

        // So the next call books the day again.
        await LeaveVoicemailsAsync(1, planned: 4);
        Assert.Equal("Call-back time (1 call)", Assert.Single(await CallBackEventsAsync()).GetProperty("subject").GetString());
        Assert.Equal("booked", (await TodayAsync()).GetProperty("state").GetString());
    }

    /// <summary>Plans Megan's day as another instance would, the morning timer's way, on storage that goes through <paramref name="storage"/>.</summary>
    private async Task<BlockRecord> PlanElsewhereAsync(HttpPipelinePolicy storage)
    {
        var options = new TableClientOptions();
        options.AddPolicy(storage, HttpPipelinePosition.PerCall);
        var blocks = new CallBackBlockStore(new TableServiceClient(_system.Azurite.ConnectionString, options));
        using var scope = _system.App.Services.CreateScope();
        var booking = ActivatorUtilities.CreateInstance<BlockBooking>(scope.ServiceProvider, blocks);
        var profile = await blocks.GetProfileAsync(Demo.MeganKey) ?? throw new InvalidOperationException("Megan has no planning profile yet.");
        var zone = PlanningProfiles.HoursOf(profile).Zone;
        var day = PlanDay.Of(_system.Clock.GetUtcNow(), zone);
        var (from, to) = PlanDay.Bounds(day, zone);
        var graph = scope.ServiceProvider.GetRequiredService<GraphClients>().ForTenant(Demo.TenantId);
        var busy = await new ScheduleReader(graph).BusyAsync(Demo.Megan, profile.Address, from, to);
        return await booking.PlanDayAsync(Demo.MeganKey, profile, busy, day, CancellationToken.None);
    }

    private async Task<JsonElement> TodayAsync()
    {
        using var response = await _system.SendAsync(HttpMethod.Get, "api/callback-block", await _system.MintAsync(Demo.Megan));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
