using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Sla;
using GraphCallback.Graph.CallBackBlocks;
using GraphCallback.Graph.Tests.Support;
using GraphCallback.Testing;
using Microsoft.Graph.Models;
using TimeRange = GraphCallback.Core.CallBackBlocks.TimeRange;

namespace GraphCallback.Graph.Tests.CallBackBlocks;

/// <summary>The call-back block on a calendar, through the real SDK against the emulator.</summary>
[CalendarDependent]
public sealed class CallBackBlockEventsTests : IClassFixture<EmulatedGraph>
{
    private static readonly TimeZoneInfo London = UserTimeZone.Find("GMT Standard Time");
    private static readonly BlockAgenda FiveCalls = new("Call-back time (5 calls)", "<ol><li>Patti</li></ol>");
    private readonly EmulatedGraph _graph;
    private readonly CallBackBlockEvents _blocks;

    public CallBackBlockEventsTests(EmulatedGraph graph)
    {
        _graph = graph;
        _blocks = new CallBackBlockEvents(graph.Client);
    }

    private static TimeRange Local(DateOnly day, int hour, int minute, int minutes)
    {
        var start = WallClock.InstantOf(day.ToDateTime(new TimeOnly(hour, minute)), London);
        return new TimeRange(start, start.AddMinutes(minutes));
    }

    [Fact]
    public async Task A_booked_block_is_busy_categorised_reminded_marked_and_found_again_by_its_day()
    {
        var day = new DateOnly(2027, 3, 1);
        var time = Local(day, 16, 0, 30);

        var id = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, time, FiveCalls, London);

        var found = await _blocks.FindAsync(EmulatedGraph.Megan, day);
        Assert.Equal(new BookedEvent(id, time), found);
        Assert.Null(await _blocks.FindAsync(EmulatedGraph.Megan, day.AddDays(1)));
        var stored = await _graph.Client.Users[EmulatedGraph.Megan].Events[id].GetAsync(r =>
            r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{CallBackBlockEvents.MarkerId}')"]);
        Assert.Equal("Call-back time (5 calls)", stored!.Subject);
        Assert.Equal(FreeBusyStatus.Busy, stored.ShowAs);
        Assert.Equal([CallBackBlockEvents.Category], stored.Categories);
        Assert.True(stored.IsReminderOn);
        Assert.Equal(5, stored.ReminderMinutesBeforeStart);
        Assert.Equal("2027-03-01", Assert.Single(stored.SingleValueExtendedProperties!).Value);
    }

    [Fact]
    public async Task Booking_again_after_a_crash_returns_the_same_event_not_a_second_one()
    {
        var day = new DateOnly(2027, 3, 2);

        var first = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, Local(day, 16, 0, 30), FiveCalls, London);
        var retried = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, Local(day, 16, 0, 30), FiveCalls, London);

        Assert.Equal(first, retried);
        var all = await _graph.Client.Users[EmulatedGraph.Megan].Events.GetAsync(r =>
            r.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{CallBackBlockEvents.MarkerId}' and ep/value eq '2027-03-02')");
        Assert.Single(all!.Value!);
    }

    [Fact]
    public async Task The_blocks_of_two_windows_on_one_day_are_told_apart()
    {
        var day = new DateOnly(2027, 3, 4);
        var afternoon = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, Local(day, 16, 0, 30), FiveCalls, London);
        var morning = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, Local(day, 9, 0, 15), FiveCalls, London, window: 2);

        Assert.NotEqual(afternoon, morning);
        Assert.Equal(afternoon, (await _blocks.FindAsync(EmulatedGraph.Megan, day))!.Id);
        Assert.Equal(morning, (await _blocks.FindAsync(EmulatedGraph.Megan, day, window: 2))!.Id);
    }

    [Fact]
    public async Task A_block_booked_again_after_it_was_removed_is_a_new_event()
    {
        var day = new DateOnly(2027, 3, 3);
        var first = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, Local(day, 16, 0, 30), FiveCalls, London);
        await _blocks.DeleteAsync(EmulatedGraph.Megan, first);

        var again = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 1, Local(day, 16, 0, 30), FiveCalls, London);

        Assert.NotEqual(first, again);
        Assert.Equal(again, (await _blocks.FindAsync(EmulatedGraph.Megan, day))!.Id);
    }

    [Fact]
    public async Task A_block_is_resized_renamed_and_removed_and_removing_twice_is_harmless()
    {
        var day = new DateOnly(2027, 3, 3);
        var id = await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, Local(day, 16, 0, 30), FiveCalls, London);

        await _blocks.UpdateAsync(EmulatedGraph.Megan, id, Local(day, 16, 0, 15), new BlockAgenda("Call-back time (2 calls)", "<ol></ol>"), London);
        var resized = await _blocks.FindAsync(EmulatedGraph.Megan, day);
        await _blocks.DeleteAsync(EmulatedGraph.Megan, id);
        await _blocks.DeleteAsync(EmulatedGraph.Megan, id);

        Assert.Equal(Local(day, 16, 0, 15), resized!.Time);
        Assert.Null(await _blocks.FindAsync(EmulatedGraph.Megan, day));
    }

    [Fact]
    public async Task A_block_on_a_DST_change_day_keeps_its_local_time()
    {
        var day = new DateOnly(2027, 3, 28);
        var time = Local(day, 16, 0, 30);

        await _blocks.CreateAsync(EmulatedGraph.Megan, day, 0, time, FiveCalls, London);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 15, 0, 0, TimeSpan.Zero), (await _blocks.FindAsync(EmulatedGraph.Megan, day))!.Time.Start);
    }
}
