using GraphCallback.GraphEmulator.Tests.Support;
using GraphCallback.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>getSchedule: scheduleItems, a correct availabilityView, working hours, and per-mailbox errors.</summary>
[CalendarDependent]
[Collection(EmulatorCollection.Name)]
public sealed class CalendarScheduleTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetWithEmptyCalendarAsync(DemoUsers.Megan);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Back_to_back_tentative_oof_and_working_elsewhere_give_the_strongest_status_per_interval()
    {
        var graph = emulator.Graph();
        await Add(graph, "First", "08:00", "08:30", FreeBusyStatus.Busy);
        await Add(graph, "Second, back to back", "08:30", "09:00", FreeBusyStatus.Busy);
        await Add(graph, "Maybe", "09:30", "10:15", FreeBusyStatus.Tentative);
        await Add(graph, "Dentist", "10:15", "10:45", FreeBusyStatus.Oof);
        await Add(graph, "From the café", "11:00", "11:30", FreeBusyStatus.WorkingElsewhere);
        await Add(graph, "Busy over", "11:30", "12:00", FreeBusyStatus.Busy);
        await Add(graph, "Tentative under", "11:40", "11:50", FreeBusyStatus.Tentative);
        await Add(graph, "Free", "09:00", "09:30", FreeBusyStatus.Free);

        var schedule = await Schedule(graph, Body("2026-03-10T08:00:00", "2026-03-10T12:00:00", "UTC", 30, DemoUsers.MeganUpn));

        // 08:00 busy | 08:30 busy | 09:00 free | 09:30 tentative | 10:00 tentative+oof | 10:30 oof | 11:00 working elsewhere | 11:30 busy+tentative
        Assert.Equal("22013302", schedule.AvailabilityView);
        Assert.Equal(8, schedule.ScheduleItems!.Count);
        Assert.Equal(FreeBusyStatus.WorkingElsewhere, schedule.ScheduleItems.Single(i => i.Subject == "From the café").Status);
        Assert.Equal(("2026-03-10T08:00:00.0000000", "UTC"), (schedule.ScheduleItems[0].Start?.DateTime, schedule.ScheduleItems[0].Start?.TimeZone));
        Assert.Null(schedule.Error);
    }

    [Fact]
    public async Task A_last_interval_cut_short_by_the_end_still_gets_a_digit()
    {
        var graph = emulator.Graph();
        await Add(graph, "Late", "09:50", "10:00", FreeBusyStatus.Busy);

        var schedule = await Schedule(graph, Body("2026-03-10T09:00:00", "2026-03-10T10:00:00", "UTC", 45, DemoUsers.MeganUpn));

        Assert.Equal("02", schedule.AvailabilityView);
    }

    [Fact]
    public async Task An_all_day_out_of_office_event_covers_its_whole_day_and_nothing_else()
    {
        var graph = emulator.Graph();
        var leave = CalendarTestData.Meeting("Annual leave", "2026-03-12T00:00:00", "2026-03-13T00:00:00", "GMT Standard Time", FreeBusyStatus.Oof);
        leave.IsAllDay = true;
        await graph.Users[DemoUsers.Megan].Events.PostAsync(leave);

        var around = await Schedule(graph, Body("2026-03-11T22:00:00", "2026-03-12T02:00:00", "UTC", 60, DemoUsers.MeganUpn));
        var day = await Schedule(graph, Body("2026-03-12T00:00:00", "2026-03-13T00:00:00", "GMT Standard Time", 60, DemoUsers.MeganUpn));

        Assert.Equal("0033", around.AvailabilityView);
        Assert.Equal(new string('3', 24), day.AvailabilityView);
    }

    [Fact]
    public async Task On_the_spring_forward_day_in_Berlin_the_window_has_23_hours_and_local_times_land_in_the_right_intervals()
    {
        var graph = emulator.Graph();
        await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Early", "2026-03-29T03:00:00", "2026-03-29T04:00:00", "W. Europe Standard Time"));
        await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Noon", "2026-03-29T12:00:00", "2026-03-29T13:00:00", "Europe/Berlin", FreeBusyStatus.Tentative));

        var schedule = await Schedule(
            graph,
            Body("2026-03-29T00:00:00", "2026-03-30T00:00:00", "Europe/Berlin", 30, DemoUsers.MeganUpn),
            "Europe/Berlin");

        // Midnight to midnight is 23 hours: 46 half hours. 03:00 CEST is two hours after midnight CET.
        Assert.Equal("0000" + "22" + new string('0', 16) + "11" + new string('0', 22), schedule.AvailabilityView);
        var early = schedule.ScheduleItems!.Single(i => i.Subject == "Early");
        Assert.Equal(("2026-03-29T03:00:00.0000000", "Europe/Berlin"), (early.Start?.DateTime, early.Start?.TimeZone));
    }

    [Fact]
    public async Task An_unknown_mailbox_gets_an_error_entry_while_the_others_are_answered()
    {
        var graph = emulator.Graph();
        await Add(graph, "Busy", "09:00", "10:00", FreeBusyStatus.Busy);

        var response = await graph.Users[DemoUsers.Megan].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
            Body("2026-03-10T09:00:00", "2026-03-10T11:00:00", "UTC", 60, "nobody@contoso.example", DemoUsers.MeganUpn));

        Assert.Collection(
            response!.Value!,
            unknown =>
            {
                Assert.Equal("nobody@contoso.example", unknown.ScheduleId);
                Assert.NotNull(unknown.Error?.Message);
                Assert.NotNull(unknown.Error?.ResponseCode);
                Assert.Null(unknown.AvailabilityView);
            },
            megan => Assert.Equal("20", megan.AvailabilityView));
    }

    [Fact]
    public async Task Working_hours_come_from_the_mailbox_settings()
    {
        var graph = emulator.Graph();

        var schedule = await Schedule(graph, Body("2026-03-10T09:00:00", "2026-03-10T10:00:00", "UTC", 30, DemoUsers.MeganUpn));
        var settings = await graph.Users[DemoUsers.Megan].MailboxSettings.GetAsync();

        Assert.Equal(settings!.WorkingHours!.StartTime, schedule.WorkingHours!.StartTime);
        Assert.Equal(settings.WorkingHours.EndTime, schedule.WorkingHours.EndTime);
        Assert.Equal(settings.WorkingHours.TimeZone?.Name, schedule.WorkingHours.TimeZone?.Name);
        Assert.Equal(5, schedule.WorkingHours.DaysOfWeek!.Count);
    }

    [Fact]
    public async Task The_default_interval_is_30_minutes()
    {
        var graph = emulator.Graph();
        var body = Body("2026-03-10T09:00:00", "2026-03-10T11:00:00", "UTC", 30, DemoUsers.MeganUpn);
        body.AvailabilityViewInterval = null;

        var schedule = await Schedule(graph, body);

        Assert.Equal(4, schedule.AvailabilityView!.Length);
    }

    [Fact]
    public async Task More_than_20_schedules_or_an_interval_outside_5_to_1440_is_a_400()
    {
        var graph = emulator.Graph();
        var many = Body("2026-03-10T09:00:00", "2026-03-10T10:00:00", "UTC", 30, Enumerable.Range(1, 21).Select(i => $"user{i}@contoso.example").ToArray());
        var twenty = Body("2026-03-10T09:00:00", "2026-03-10T10:00:00", "UTC", 30, Enumerable.Range(1, 20).Select(i => $"user{i}@contoso.example").ToArray());

        var tooMany = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(many));
        var allowed = await graph.Users[DemoUsers.Megan].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(twenty);
        foreach (var interval in new[] { 4, 1441 })
        {
            var error = await Assert.ThrowsAsync<ODataError>(() =>
                graph.Users[DemoUsers.Megan].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(Body("2026-03-10T09:00:00", "2026-03-10T10:00:00", "UTC", interval, DemoUsers.MeganUpn)));
            Assert.Equal(400, error.ResponseStatusCode);
        }

        Assert.Equal(400, tooMany.ResponseStatusCode);
        Assert.Equal(20, allowed!.Value!.Count);
    }

    private static Task Add(GraphServiceClient graph, string subject, string start, string end, FreeBusyStatus showAs) =>
        graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting(subject, $"2026-03-10T{start}:00", $"2026-03-10T{end}:00", "UTC", showAs));

    private static GetSchedulePostRequestBody Body(string start, string end, string zone, int interval, params string[] schedules) => new()
    {
        Schedules = [.. schedules],
        StartTime = CalendarTestData.At(start, zone),
        EndTime = CalendarTestData.At(end, zone),
        AvailabilityViewInterval = interval,
    };

    private static async Task<ScheduleInformation> Schedule(GraphServiceClient graph, GetSchedulePostRequestBody body, string? preferredZone = null)
    {
        var response = await graph.Users[DemoUsers.Megan].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, r =>
        {
            if (preferredZone is not null)
            {
                r.Headers.Add("Prefer", $"outlook.timezone=\"{preferredZone}\"");
            }
        });
        return Assert.Single(response!.Value!);
    }
}
