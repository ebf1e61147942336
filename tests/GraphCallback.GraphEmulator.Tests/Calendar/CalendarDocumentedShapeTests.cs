using GraphCallback.GraphEmulator.Tests.Calendar.Outlook;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>The emulator's event and getSchedule JSON have the property names and JSON types of Microsoft's documented examples.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class CalendarDocumentedShapeTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_created_event_has_the_documented_shape()
    {
        var graph = emulator.Graph();
        var body = new Event
        {
            Subject = "Let's go for lunch",
            Body = new ItemBody { ContentType = BodyType.Html, Content = "Does noon work for you?" },
            Start = CalendarTestData.At("2026-03-10T12:00:00", "Pacific Standard Time"),
            End = CalendarTestData.At("2026-03-10T14:00:00", "Pacific Standard Time"),
            Location = new Location { DisplayName = "Harry's Bar" },
            Attendees = [new Attendee { EmailAddress = new EmailAddress { Address = "alex@contoso.example", Name = "Alex Wilber" }, Type = AttendeeType.Required }],
        };
        var request = graph.Users[DemoUsers.Megan].Events.ToPostRequestInformation(body);
        request.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"");

        var created = await RawJson.SendAsync(graph, request);

        DocumentedShape.AssertMatches(DocumentedShape.Load("Calendar/Docs/event-create-response.json"), created);
        Assert.Equal("2026-03-10T12:00:00.0000000", created.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task The_documented_request_spelling_with_upper_case_enum_values_is_accepted()
    {
        var graph = emulator.Graph();
        var request = graph.Users[DemoUsers.Megan].Events.ToPostRequestInformation(new Event());
        var json = """
            {
              "subject": "Plan summer company picnic",
              "body": { "contentType": "HTML", "content": "<p>Let's kick-start this event planning!</p>" },
              "start": { "dateTime": "2026-08-30T11:00:00", "timeZone": "Pacific Standard Time" },
              "end": { "dateTime": "2026-08-30T12:00:00", "timeZone": "Pacific Standard Time" },
              "attendees": [ { "emailAddress": { "address": "alex@contoso.example", "name": "Alex Wilber" }, "type": "Required" } ],
              "location": { "displayName": "Conf Room 3", "locationType": "Default" }
            }
            """;
        request.SetStreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "application/json");

        var created = await RawJson.SendAsync(graph, request);

        Assert.Equal("html", created.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("<p>Let's kick-start this event planning!</p>", created.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("required", created.GetProperty("attendees")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_schedule_has_the_documented_shape()
    {
        var graph = emulator.Graph();
        await graph.Users[DemoUsers.Megan].Events.PostAsync(new Event
        {
            Subject = "Let's go for lunch",
            Start = CalendarTestData.At("2026-03-10T12:00:00", "Pacific Standard Time"),
            End = CalendarTestData.At("2026-03-10T14:00:00", "Pacific Standard Time"),
            Location = new Location { DisplayName = "Harry's Bar" },
        });
        var request = graph.Users[DemoUsers.Megan].Calendar.GetSchedule.ToPostRequestInformation(new GetSchedulePostRequestBody
        {
            Schedules = [DemoUsers.MeganUpn],
            StartTime = CalendarTestData.At("2026-03-10T09:00:00", "Pacific Standard Time"),
            EndTime = CalendarTestData.At("2026-03-10T18:00:00", "Pacific Standard Time"),
            AvailabilityViewInterval = 60,
        });
        request.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"");

        var schedule = await RawJson.SendAsync(graph, request);

        DocumentedShape.AssertMatches(DocumentedShape.Load("Calendar/Docs/getschedule-response.json"), schedule);
        Assert.Equal("000220000", schedule.GetProperty("value")[0].GetProperty("availabilityView").GetString());
    }
}
