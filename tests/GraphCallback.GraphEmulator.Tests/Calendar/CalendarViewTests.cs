using GraphCallback.GraphEmulator.Tests.Support;
using GraphCallback.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.CalendarView.Delta;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>calendarView: the window, order by start, paging, and calendarView/delta.</summary>
[CalendarDependent]
[Collection(EmulatorCollection.Name)]
public sealed class CalendarViewTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string Start = "2026-03-17T00:00:00Z";
    private const string End = "2026-03-18T00:00:00Z";

    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_view_pages_the_events_in_the_window_sorted_by_start()
    {
        var graph = emulator.Graph();
        foreach (var (subject, start, end) in new[] { ("D", "15:00", "16:00"), ("A", "08:00", "08:30"), ("E", "17:30", "18:00"), ("C", "11:00", "12:00"), ("B", "09:15", "09:45") })
        {
            await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting(subject, $"2026-03-17T{start}:00", $"2026-03-17T{end}:00"));
        }

        await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Next day", "2026-03-18T08:00:00", "2026-03-18T09:00:00"));
        await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Overlaps the start", "2026-03-16T23:30:00", "2026-03-17T00:30:00"));

        var first = await graph.Users[DemoUsers.Megan].CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = Start;
            r.QueryParameters.EndDateTime = End;
            r.QueryParameters.Top = 2;
        });
        var subjects = new List<string>();
        var pages = 0;
        var iterator = PageIterator<Event, EventCollectionResponse>.CreatePageIterator(graph, first!, e =>
        {
            subjects.Add(e.Subject!);
            return true;
        }, request =>
        {
            pages++;
            return request;
        });
        await iterator.IterateAsync();

        Assert.Equal(2, first!.Value!.Count);
        Assert.Equal(["Overlaps the start", "A", "B", "C", "D", "E"], subjects);
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task The_view_under_calendar_is_the_same_and_a_missing_window_is_a_400()
    {
        var graph = emulator.Graph();
        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("A", "2026-03-17T08:00:00", "2026-03-17T09:00:00"));

        var view = await graph.Users[DemoUsers.Megan].Calendar.CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = "2026-03-17T08:30:00+01:00";
            r.QueryParameters.EndDateTime = End;
        });
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].CalendarView.GetAsync());

        Assert.Equal(created!.Id, Assert.Single(view!.Value!).Id);
        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidParameter", error.Error?.Code);
    }

    [Fact]
    public async Task Calendar_view_delta_reports_changes_in_the_window_and_removals()
    {
        var graph = emulator.Graph();
        var events = graph.Users[DemoUsers.Megan].Events;
        var kept = await events.PostAsync(CalendarTestData.Meeting("Kept", "2026-03-17T08:00:00", "2026-03-17T09:00:00"));
        var moved = await events.PostAsync(CalendarTestData.Meeting("Moved away", "2026-03-17T10:00:00", "2026-03-17T11:00:00"));
        var deleted = await events.PostAsync(CalendarTestData.Meeting("Deleted", "2026-03-17T12:00:00", "2026-03-17T13:00:00"));
        await events.PostAsync(CalendarTestData.Meeting("Outside", "2026-03-20T12:00:00", "2026-03-20T13:00:00"));

        var initial = await graph.Users[DemoUsers.Megan].CalendarView.Delta.GetAsDeltaGetResponseAsync(Window);
        await events[kept!.Id].PatchAsync(new Event { Subject = "Kept, renamed" });
        await events[moved!.Id].PatchAsync(new Event { Start = CalendarTestData.At("2026-03-21T10:00:00", "UTC"), End = CalendarTestData.At("2026-03-21T11:00:00", "UTC") });
        await events[deleted!.Id].DeleteAsync();
        await events.PostAsync(CalendarTestData.Meeting("Also outside", "2026-03-22T12:00:00", "2026-03-22T13:00:00"));
        var changes = await graph.Users[DemoUsers.Megan].CalendarView.Delta.WithUrl(initial!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        Assert.Equal(["Kept", "Moved away", "Deleted"], initial.Value!.Select(e => e.Subject));
        Assert.Equal(3, changes!.Value!.Count);
        Assert.Equal("Kept, renamed", Assert.Single(changes.Value, e => e.Id == kept.Id).Subject);
        Assert.True(Assert.Single(changes.Value, e => e.Id == moved.Id).AdditionalData.ContainsKey("@removed"));
        Assert.True(Assert.Single(changes.Value, e => e.Id == deleted.Id).AdditionalData.ContainsKey("@removed"));
    }

    private static void Window(Microsoft.Kiota.Abstractions.RequestConfiguration<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters> request)
    {
        request.QueryParameters.StartDateTime = Start;
        request.QueryParameters.EndDateTime = End;
    }
}
