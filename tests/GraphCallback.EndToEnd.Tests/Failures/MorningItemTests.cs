using Azure.Data.Tables;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Failures;

/// <summary>The morning timer plans every user whose free/busy it can read, even when the mailbox its getSchedule goes through fails.</summary>
[CalendarDependent]
public sealed class MorningItemTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo London = Moments.London;

    // 06:10 in London on a working day: their planning hour.
    private static readonly DateTimeOffset EarlyMorning = Moments.NextWeekdayAt(SuiteClock.Instant, new TimeOnly(6, 10), London);

    private readonly SuiteClock _clock = SuiteClock.StartAt(_ => EarlyMorning);
    private readonly List<(UserKey Key, string Address)> _users = [.. Enumerable.Range(1, 3)
        .Select(n => (new UserKey(Demo.TenantId, Guid.CreateVersion7().ToString()), $"morning{n}@contoso.example"))];

    private SystemUnderTest _system = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync(Timers.AllDisabledExcept(), _clock);
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

        var blocks = new CallBackBlockStore(new TableServiceClient(_system.Azurite.ConnectionString));
        var hours = new WorkingHours([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(9, 0), new TimeOnly(17, 0), London);
        foreach (var (user, address) in _users)
        {
            await blocks.SaveProfileAsync(user, new PlanningProfile(address, London.Id, [.. hours.Days.Order()], hours.Start, hours.End, null, null));
            var call = new CallEvent(new CallEventKey(CallSourceKind.Manual, Guid.NewGuid().ToString("N")), new Caller(PhoneNumber.Parse("+44 20 7946 0301", "GB")), EarlyMorning.AddHours(-15));
            await _system.FollowUps.IngestAsync(user, call, UserSettings.Default.ToPolicy(hours));
        }
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_user_whose_get_schedule_fails_is_marked_and_the_others_are_planned()
    {
        // Profiles are read in key order: the first user's mailbox is the one the batch's request goes through.
        var failing = _users.MinBy(u => u.Key.PartitionKey, StringComparer.Ordinal);
        await _system.FailAsync(new { kind = "Forbidden", route = "/v1.0/users/*", pathContains = $"/users/{failing.Key.ObjectId}/calendar/getSchedule" });

        await _system.RunTimerAsync("PlanCallBackBlocks");

        var blocks = new CallBackBlockStore(new TableServiceClient(_system.Azurite.ConnectionString));
        foreach (var (user, _) in _users.Where(u => u != failing))
        {
            Assert.Equal(BlockState.Booked, (await blocks.GetDayAsync(user, DateOnly.FromDateTime(WallClock.LocalOf(EarlyMorning, London)))).State);
        }

        Assert.Equal(failing.Key.PartitionKey, Assert.Single(await _system.MarkedAsync("PlanCallBackBlocks")).Key);
    }
}
