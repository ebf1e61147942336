using GraphCallback.GraphEmulator.Tests.Support;
using GraphCallback.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>dateTimeTimeZone in and out: Windows and IANA names, UTC by default, Prefer: outlook.timezone, all-day events.</summary>
[CalendarDependent]
[Collection(EmulatorCollection.Name)]
public sealed class CalendarTimeZoneTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Pacific Standard Time")]
    [InlineData("America/Los_Angeles")]
    public async Task Times_written_in_a_Windows_or_IANA_zone_come_back_in_UTC_by_default(string zone)
    {
        var graph = emulator.Graph();

        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Lunch", "2026-03-05T12:00:00", "2026-03-05T13:30:00", zone));

        Assert.Equal(("2026-03-05T20:00:00.0000000", "UTC"), (created!.Start?.DateTime, created.Start?.TimeZone));
        Assert.Equal("2026-03-05T21:30:00.0000000", created.End?.DateTime);
        Assert.Equal(zone, created.OriginalStartTimeZone);
    }

    [Fact]
    public async Task Prefer_outlook_timezone_converts_and_labels_the_times_and_is_acknowledged()
    {
        var graph = emulator.Graph();
        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Lunch", "2026-03-05T12:00:00", "2026-03-05T13:00:00", "Pacific Standard Time"));
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var read = await graph.Users[DemoUsers.Megan].Events[created!.Id].GetAsync(r =>
        {
            r.Headers.Add("Prefer", "outlook.timezone=\"W. Europe Standard Time\"");
            r.Options.Add(headers);
        });

        Assert.Equal(("2026-03-05T21:00:00.0000000", "W. Europe Standard Time"), (read!.Start?.DateTime, read.Start?.TimeZone));
        Assert.Equal(("2026-03-05T22:00:00.0000000", "W. Europe Standard Time"), (read.End?.DateTime, read.End?.TimeZone));
        Assert.Contains("outlook.timezone=\"W. Europe Standard Time\"", headers.ResponseHeaders["Preference-Applied"]);
    }

    [Fact]
    public async Task The_preferred_zone_applies_to_lists_and_to_the_event_a_POST_returns()
    {
        var graph = emulator.Graph();

        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(
            CalendarTestData.Meeting("Stand-up", "2026-07-01T09:00:00", "2026-07-01T09:15:00", "GMT Standard Time"),
            r => r.Headers.Add("Prefer", "outlook.timezone=\"Asia/Tokyo\""));
        var listed = await graph.Users[DemoUsers.Megan].Events.GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"Eastern Standard Time\""));

        Assert.Equal(("2026-07-01T17:00:00.0000000", "Asia/Tokyo"), (created!.Start?.DateTime, created.Start?.TimeZone));
        var standUp = Assert.Single(listed!.Value!, e => e.Id == created.Id);
        Assert.Equal(("2026-07-01T04:00:00.0000000", "Eastern Standard Time"), (standUp.Start?.DateTime, standUp.Start?.TimeZone));
    }

    [Fact]
    public async Task An_all_day_event_keeps_its_dates_whatever_zone_is_preferred()
    {
        var graph = emulator.Graph();
        var holiday = CalendarTestData.Meeting("Bank holiday", "2026-04-03T00:00:00", "2026-04-04T00:00:00", "Europe/Berlin", FreeBusyStatus.Oof);
        holiday.IsAllDay = true;

        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(holiday);
        var inLosAngeles = await graph.Users[DemoUsers.Megan].Events[created!.Id].GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\""));

        Assert.Equal(("2026-04-03T00:00:00.0000000", "UTC"), (created.Start?.DateTime, created.Start?.TimeZone));
        Assert.Equal("2026-04-04T00:00:00.0000000", created.End?.DateTime);
        Assert.Equal(("2026-04-03T00:00:00.0000000", "Pacific Standard Time"), (inLosAngeles!.Start?.DateTime, inLosAngeles.Start?.TimeZone));
    }

    [Fact]
    public async Task A_time_inside_the_spring_forward_gap_moves_forward_as_in_Exchange()
    {
        var graph = emulator.Graph();

        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Gap", "2026-03-29T02:30:00", "2026-03-29T03:30:00", "Europe/Berlin"));

        Assert.Equal("2026-03-29T01:30:00.0000000", created!.Start?.DateTime);
        Assert.Equal("2026-03-29T01:30:00.0000000", created.End?.DateTime);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_400_naming_it()
    {
        var graph = emulator.Graph();

        var inBody = await Assert.ThrowsAsync<ODataError>(() =>
            graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("x", "2026-03-05T12:00:00", "2026-03-05T13:00:00", "Mars/Olympus_Mons")));
        var inPrefer = await Assert.ThrowsAsync<ODataError>(() =>
            graph.Users[DemoUsers.Megan].Events.GetAsync(r => r.Headers.Add("Prefer", "outlook.timezone=\"Atlantis Standard Time\"")));

        Assert.Equal((400, "TimeZoneNotSupportedException"), (inBody.ResponseStatusCode, inBody.Error?.Code));
        Assert.Contains("Mars/Olympus_Mons", inBody.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(400, inPrefer.ResponseStatusCode);
    }
}
