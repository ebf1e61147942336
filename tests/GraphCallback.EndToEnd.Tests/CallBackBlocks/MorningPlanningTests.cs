using System.Net.Http.Json;
using Azure.Data.Tables;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Testing;
using Xunit.Abstractions;

namespace GraphCallback.EndToEnd.Tests.CallBackBlocks;

/// <summary>
/// The morning timer books the day for every user whose morning it is, reading free/busy for up
/// to 20 mailboxes per getSchedule request: planning N users costs ⌈N/20⌉ reads and one write per
/// user whose block changes, counted by the emulator.
/// </summary>
[CalendarDependent]
public sealed class MorningPlanningTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Users = 25;

    private static readonly TimeZoneInfo London = Moments.London;

    // 06:00 in London on a working day: the timer's next run (at :10) is in their planning hour.
    private static readonly DateTimeOffset EarlyMorning = Moments.NextWeekdayAt(SuiteClock.Instant, new TimeOnly(6, 0), London);

    private readonly SuiteClock _clock = SuiteClock.StartAt(_ => EarlyMorning);
    private readonly List<(UserKey Key, string Address)> _users = [.. Enumerable.Range(1, Users)
        .Select(n => (new UserKey(Demo.TenantId, Guid.CreateVersion7().ToString()), $"planner{n}@contoso.example"))];

    private SystemUnderTest _system = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync(Timers.AllDisabledExcept("PlanCallBackBlocks"), _clock);
        await _system.LoadScenarioAsync(new
        {
            tenant = new { id = Demo.TenantId, displayName = "Contoso Plumbing", domain = "contoso.example" },
            apps = new[] { new { clientId = Demo.ClientId, clientSecret = Demo.ClientSecret, displayName = "GraphCallback" } },
            users = _users.Select(u => new
            {
                id = u.Key.ObjectId,
                userPrincipalName = u.Address,
                displayName = u.Address,
                timeZone = "Europe/London",
                workingHours = new { daysOfWeek = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, startTime = "09:00", endTime = "17:00", timeZone = "Europe/London" },
            }),
        });

        // Arranged in storage as capture would have left it: each user planned before (their
        // profile is known) and with one call from yesterday still to return.
        var tables = new TableServiceClient(_system.Azurite.ConnectionString);
        var blocks = new CallBackBlockStore(tables);
        var hours = new WorkingHours([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(9, 0), new TimeOnly(17, 0), London);
        foreach (var (user, address) in _users)
        {
            await blocks.SaveProfileAsync(user, new PlanningProfile(address, London.Id, [.. hours.Days.Order()], hours.Start, hours.End, null, null));
            var call = new CallEvent(
                new CallEventKey(CallSourceKind.Manual, Guid.NewGuid().ToString("N")),
                new Caller(PhoneNumber.Parse("+44 20 7946 0301", "GB")),
                EarlyMorning.AddHours(-15));
            await _system.FollowUps.IngestAsync(user, call, UserSettings.Default.ToPolicy(hours));
        }
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task The_morning_timer_plans_every_user_with_one_getSchedule_per_20_mailboxes_and_one_write_each()
    {
        await _system.Control.DeleteAsync("counters");

        _clock.Advance(TimeSpan.FromMinutes(10));
        await _system.Activities.WaitAsync(a => a.OperationName == "PlanCallBackDay", Users);
        await _system.Activities.RunsAsync("PlanCallBackBlocks");

        var counters = await _system.Control.GetFromJsonAsync<Dictionary<string, int>>("counters") ?? [];
        output.WriteLine($"Graph requests to plan {Users} users: {System.Text.Json.JsonSerializer.Serialize(counters)}");
        var graph = counters.Where(c => c.Key.Contains("/v1.0/", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["POST /v1.0/users/{user}/calendar/getSchedule"] = (Users + 19) / 20,
                ["POST /v1.0/users/{user}/events"] = Users,
            },
            graph);

        var blocks = new CallBackBlockStore(new TableServiceClient(_system.Azurite.ConnectionString));
        foreach (var (user, _) in _users)
        {
            var today = await blocks.GetDayAsync(user, DateOnly.FromDateTime(WallClock.LocalOf(EarlyMorning, London)));
            Assert.Equal(BlockState.Booked, today.State);
            Assert.Equal(16, WallClock.LocalOf(today.Time!.Value.Start, London).Hour);
        }
    }
}
