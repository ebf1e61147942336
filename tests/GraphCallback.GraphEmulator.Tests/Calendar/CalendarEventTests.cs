using GraphCallback.GraphEmulator.Tests.Support;
using GraphCallback.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

[CalendarDependent]
[Collection(EmulatorCollection.Name)]
public sealed class CalendarEventTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_event_created_under_events_is_the_same_event_under_calendar_events()
    {
        var graph = emulator.Graph();

        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Call-back block", "2026-03-10T16:00:00", "2026-03-10T16:30:00"));
        var read = await graph.Users[DemoUsers.MeganUpn].Calendar.Events[created!.Id].GetAsync();

        Assert.Equal("Call-back block", read!.Subject);
        Assert.Equal(EventType.SingleInstance, read.Type);
        Assert.Equal("megan@contoso.example", read.Organizer?.EmailAddress?.Address);
        Assert.True(read.IsOrganizer);
        Assert.Equal(15, read.ReminderMinutesBeforeStart);
        Assert.True(read.IsReminderOn);
        Assert.Equal(FreeBusyStatus.Busy, read.ShowAs);
        Assert.Empty(read.Categories!);
        Assert.Equal(BodyType.Html, read.Body?.ContentType);
    }

    [Fact]
    public async Task A_PATCH_updates_showAs_categories_reminder_body_subject_and_times()
    {
        var graph = emulator.Graph();
        var created = await graph.Users[DemoUsers.Megan].Calendar.Events.PostAsync(CalendarTestData.Meeting("Call-backs", "2026-03-10T16:00:00", "2026-03-10T16:30:00"));

        var updated = await graph.Users[DemoUsers.Megan].Events[created!.Id].PatchAsync(new Event
        {
            Subject = "Call-backs (3)",
            ShowAs = FreeBusyStatus.Tentative,
            Categories = ["GraphCallback"],
            IsReminderOn = false,
            ReminderMinutesBeforeStart = 5,
            Body = new ItemBody { ContentType = BodyType.Text, Content = "Patti, Diego, Isaiah" },
            End = CalendarTestData.At("2026-03-10T17:00:00", "GMT Standard Time"),
        });
        var read = await graph.Users[DemoUsers.Megan].Events[created.Id].GetAsync();

        Assert.Equal("Call-backs (3)", read!.Subject);
        Assert.Equal(FreeBusyStatus.Tentative, read.ShowAs);
        Assert.Equal(["GraphCallback"], read.Categories!);
        Assert.False(read.IsReminderOn);
        Assert.Equal(5, read.ReminderMinutesBeforeStart);
        Assert.Contains("Patti, Diego, Isaiah", read.Body?.Content, StringComparison.Ordinal);
        Assert.Equal("Patti, Diego, Isaiah", read.BodyPreview);
        Assert.Equal("2026-03-10T17:00:00.0000000", read.End?.DateTime);
        Assert.Equal("GMT Standard Time", read.OriginalEndTimeZone);
        Assert.Equal("UTC", read.OriginalStartTimeZone);
        Assert.NotEqual(created.ChangeKey, updated!.ChangeKey);
    }

    [Fact]
    public async Task A_second_POST_with_the_same_transactionId_returns_the_first_event()
    {
        var graph = emulator.Graph();

        var first = await graph.Users[DemoUsers.Megan].Events.PostAsync(Block("followup-42-block-2026-03-11"));
        var retried = await graph.Users[DemoUsers.Megan].Events.PostAsync(Block("followup-42-block-2026-03-11"));
        var other = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Other", "2026-03-11T16:00:00", "2026-03-11T16:30:00"));
        var view = await graph.Users[DemoUsers.Megan].CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = "2026-03-11T00:00:00Z";
            r.QueryParameters.EndDateTime = "2026-03-12T00:00:00Z";
        });

        Assert.Equal(first!.Id, retried!.Id);
        Assert.Equal("followup-42-block-2026-03-11", retried.TransactionId);
        Assert.NotEqual(first.Id, other!.Id);
        Assert.Equal(2, view!.Value!.Count);
    }

    [Fact]
    public async Task A_deleted_event_is_a_404_and_frees_its_transactionId()
    {
        var graph = emulator.Graph();
        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(Block("block-1"));

        await graph.Users[DemoUsers.Megan].Events[created!.Id].DeleteAsync();
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Events[created.Id].GetAsync());
        var recreated = await graph.Users[DemoUsers.Megan].Events.PostAsync(Block("block-1"));

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", error.Error?.Code);
        Assert.NotEqual(created.Id, recreated!.Id);
    }

    [Fact]
    public async Task Invalid_events_are_rejected_with_400()
    {
        var graph = emulator.Graph();
        var backwards = CalendarTestData.Meeting("Backwards", "2026-03-11T16:00:00", "2026-03-11T15:00:00");
        var allDayAtNoon = CalendarTestData.Meeting("All day?", "2026-03-11T12:00:00", "2026-03-12T12:00:00");
        allDayAtNoon.IsAllDay = true;
        var unknownProperty = CalendarTestData.Meeting("Typo", "2026-03-11T16:00:00", "2026-03-11T16:30:00");
        unknownProperty.AdditionalData["showas"] = "busy";

        foreach (var invalid in new[] { backwards, allDayAtNoon, unknownProperty })
        {
            var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Events.PostAsync(invalid));
            Assert.Equal(400, error.ResponseStatusCode);
        }
    }

    [Fact]
    public async Task Events_of_an_unknown_user_or_with_an_unknown_id_are_404()
    {
        var graph = emulator.Graph();

        var user = await Assert.ThrowsAsync<ODataError>(() => graph.Users["nobody@contoso.example"].Events.GetAsync());
        var item = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Events["AAMkNoSuchEvent"].PatchAsync(new Event { Subject = "x" }));

        Assert.Equal((404, 404), (user.ResponseStatusCode, item.ResponseStatusCode));
    }

    /// <summary>A new model per POST: the SDK sends only what changed on a model it already serialised.</summary>
    private static Event Block(string transactionId)
    {
        var block = CalendarTestData.Meeting("Call-back block", "2026-03-11T16:00:00", "2026-03-11T16:30:00");
        block.TransactionId = transactionId;
        return block;
    }
}
