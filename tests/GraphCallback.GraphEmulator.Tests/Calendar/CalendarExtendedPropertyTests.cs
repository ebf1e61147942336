using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>The backend marks its own events with a named extended property and finds them with a filter on it.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class CalendarExtendedPropertyTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_extended_property_created_inline_is_returned_only_when_expanded_with_its_id()
    {
        var graph = emulator.Graph();
        var marked = Marked("Call-back block", "block-2026-03-10");
        marked.SingleValueExtendedProperties!.Add(new SingleValueLegacyExtendedProperty { Id = "String 0x001A", Value = "IPM.Appointment" });
        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(marked);

        var plain = await graph.Users[DemoUsers.Megan].Events[created!.Id].GetAsync();
        var expanded = await graph.Users[DemoUsers.Megan].Events[created.Id].GetAsync(r =>
            r.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{CalendarTestData.MarkerId}')"]);

        Assert.Null(plain!.SingleValueExtendedProperties);
        var property = Assert.Single(expanded!.SingleValueExtendedProperties!);
        Assert.Equal((CalendarTestData.MarkerId, "block-2026-03-10"), (property.Id, property.Value));
    }

    [Fact]
    public async Task A_filter_on_the_extended_property_finds_exactly_the_marked_event()
    {
        var graph = emulator.Graph();
        var ours = await graph.Users[DemoUsers.Megan].Events.PostAsync(Marked("Call-back block", "block-2026-03-10"));
        await graph.Users[DemoUsers.Megan].Events.PostAsync(Marked("Call-back block", "block-2026-03-11"));
        await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Not ours", "2026-03-10T16:00:00", "2026-03-10T16:30:00"));

        var found = await graph.Users[DemoUsers.Megan].Events.GetAsync(r =>
            r.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{CalendarTestData.MarkerId}' and ep/value eq 'block-2026-03-10')");

        Assert.Equal(ours!.Id, Assert.Single(found!.Value!).Id);
    }

    [Fact]
    public async Task A_PATCH_replaces_the_extended_property_with_the_same_id()
    {
        var graph = emulator.Graph();
        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(Marked("Call-back block", "v1"));

        await graph.Users[DemoUsers.Megan].Events[created!.Id].PatchAsync(new Event
        {
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = CalendarTestData.MarkerId, Value = "v2" }],
        });
        var read = await graph.Users[DemoUsers.Megan].Events[created.Id].GetAsync(r => r.QueryParameters.Expand = ["singleValueExtendedProperties"]);

        Assert.Equal("v2", Assert.Single(read!.SingleValueExtendedProperties!).Value);
        Assert.Equal("Call-back block", read.Subject);
    }

    private static Event Marked(string subject, string value)
    {
        var meeting = CalendarTestData.Meeting(subject, "2026-03-10T16:00:00", "2026-03-10T16:30:00");
        meeting.SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = CalendarTestData.MarkerId, Value = value }];
        return meeting;
    }
}
