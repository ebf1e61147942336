using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.CallBackBlocks;

/// <summary>
/// The day's call-back block follows the follow-ups: voicemails arrive through the webhook, the
/// sync queue asks for a plan, the debounced planner reads free/busy and books, resizes or removes
/// the block on the emulator's calendar. App and emulator share the suite's clock, started on the
/// first weekday morning at or after the suite's instant, and the test moves it past each debounce.
/// </summary>
[CalendarDependent]
public sealed partial class CallBackBlockTests : IAsyncLifetime
{
    private const string Events = "POST /v1.0/users/{user}/events";

    // 10:00 in London on a working day, well before the default 16:00–17:00 call-back window.
    private static readonly DateTimeOffset Morning = Moments.NextWeekdayAt(SuiteClock.Instant, new TimeOnly(10, 0), Moments.London);

    private static readonly TimeSpan Debounce = TimeSpan.FromMinutes(1);

    // A meeting takes the start of the window: the block must go after it.
    private static readonly (DateTimeOffset Start, DateTimeOffset End) Meeting = (At(16, 0), At(16, 15));

    private readonly SuiteClock _clock = SuiteClock.StartAt(_ => Morning);
    private SystemUnderTest _system = null!;
    private int _voicemails;
    private int _resolved;

    public async Task InitializeAsync()
    {
        // The clock runs on between the test's advances, so without this an hourly timer (renewal
        // at :05, the morning plan at :10) could fall due mid-test and plan or sync on its own.
        var settings = Timers.AllDisabledExcept();
        settings["CallBackBlocks:Debounce"] = Debounce.ToString();

        // The queue hides a deferred plan on real time; look at the clock again soon.
        settings["CallBackBlocks:RecheckAfter"] = "00:00:00.200";
        _system = await SystemUnderTest.StartAsync(settings, _clock);
        await _system.LoadScenarioAsync(MeganWithOneMeeting());
        await _system.ConnectAsync(Demo.MeganKey);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Five_voicemails_book_one_30_minute_block_resolving_three_shrinks_it_and_resolving_all_removes_it()
    {
        // Arrival order differs from priority order: the VIP client calls last.
        string[] callers = ["+44 20 7946 0301", "+44 20 7946 0302", "+44 20 7946 0777", "+44 20 7946 0555", "+44 20 7946 0888"];
        foreach (var number in callers)
        {
            await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", number, transcript: "Please call me back about the quote.");
        }

        await _system.Activities.CapturesAsync(Demo.MeganKey.PartitionKey, callers.Length);
        await _system.Activities.RunsAsync("SyncFollowUps", callers.Length);
        Assert.Empty(await CallBackEventsAsync());

        // Debounced: five changes, one plan, one calendar write.
        _clock.Advance(Debounce);
        await PlannedDaysAsync(1);
        var booked = Assert.Single(await CallBackEventsAsync());
        Assert.Equal(1, (await RequestCountsAsync()).GetValueOrDefault(Events));
        Assert.Equal("Call-back time (5 calls)", booked.GetProperty("subject").GetString());
        var (start, end) = Times(booked);
        Assert.Equal(TimeSpan.FromMinutes(30), end - start);
        Assert.True(start >= At(16, 0) && end <= At(17, 0), $"in the 16:00–17:00 window, was {start:t}–{end:t} UTC");
        Assert.True(start >= Meeting.End || end <= Meeting.Start, "in a free slot, not over the meeting");
        Assert.Equal("busy", booked.GetProperty("showAs").GetString());
        var pending = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);
        Assert.Equal(5, pending.Count);
        var inPriorityOrder = pending.OrderBy(f => f.Priority).ThenBy(f => f.Sla.DueAt).Select(f => f.Caller.Label).ToList();
        Assert.True(pending.Select(f => f.Priority).Distinct().Count() > 1, "the callers differ in priority, so the order means something");
        Assert.Equal(inPriorityOrder, OrderOfAppearance(booked.GetProperty("body").GetProperty("content").GetString()!, inPriorityOrder));

        var megan = await _system.MintAsync(Demo.Megan);
        await ResolveAsync(megan, pending.Take(3));
        await _system.Activities.RunsAsync("SyncFollowUps", callers.Length + 3);
        _clock.Advance(Debounce);
        await PlannedDaysAsync(2);
        var shrunk = Assert.Single(await CallBackEventsAsync());
        Assert.Equal(booked.GetProperty("id").GetString(), shrunk.GetProperty("id").GetString());
        Assert.Equal("Call-back time (2 calls)", shrunk.GetProperty("subject").GetString());
        Assert.Equal((start, start.AddMinutes(15)), Times(shrunk));

        await ResolveAsync(megan, pending.Skip(3));
        await _system.Activities.RunsAsync("SyncFollowUps", callers.Length + 5);
        _clock.Advance(Debounce);
        await PlannedDaysAsync(3);
        Assert.Empty(await CallBackEventsAsync());
        using var today = await _system.SendAsync(HttpMethod.Get, "api/callback-block", megan);
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        var block = await today.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("none", block.GetProperty("state").GetString());
        Assert.Equal("Every call is returned.", block.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_block_the_user_moved_keeps_their_time_and_grows_and_one_they_deleted_is_not_booked_again_that_day()
    {
        await LeaveVoicemailsAsync(2, planned: 1);
        var booked = Assert.Single(await CallBackEventsAsync());
        Assert.Equal(TimeSpan.FromMinutes(15), Times(booked).End - Times(booked).Start);

        // Megan drags the block to noon in Outlook.
        var noon = At(12, 0);
        await ChangeEventAsync(HttpMethod.Patch, booked.GetProperty("id").GetString()!, new
        {
            start = new { dateTime = noon.UtcDateTime.ToString("s", System.Globalization.CultureInfo.InvariantCulture), timeZone = "UTC" },
            end = new { dateTime = noon.AddMinutes(15).UtcDateTime.ToString("s", System.Globalization.CultureInfo.InvariantCulture), timeZone = "UTC" },
        });
        await LeaveVoicemailsAsync(3, planned: 2);
        var grown = Assert.Single(await CallBackEventsAsync());
        Assert.Equal((noon, noon.AddMinutes(30)), Times(grown));
        Assert.Equal("Call-back time (5 calls)", grown.GetProperty("subject").GetString());

        // Then she deletes it: more calls that day do not bring it back.
        await ChangeEventAsync(HttpMethod.Delete, grown.GetProperty("id").GetString()!);
        await LeaveVoicemailsAsync(1, planned: 3);
        Assert.Empty(await CallBackEventsAsync());
        var megan = await _system.MintAsync(Demo.Megan);
        using var today = await _system.SendAsync(HttpMethod.Get, "api/callback-block", megan);
        Assert.Equal("removedByYou", (await today.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }

    /// <summary>Leaves voicemails from new callers, lets their syncs run, then lets the debounce pass and waits for the plan.</summary>
    private async Task LeaveVoicemailsAsync(int count, int planned)
    {
        await DeliverVoicemailsAsync(count);
        _clock.Advance(Debounce);
        await PlannedDaysAsync(planned);
    }

    /// <summary>Leaves voicemails from new callers and lets their syncs run: the plan is asked for, not yet due.</summary>
    private async Task DeliverVoicemailsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _voicemails++;
            await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", $"+44 20 7946 04{_voicemails:00}", transcript: "Call me back, please.");
        }

        // Each voicemail and each resolution is one sync: all of them must have asked for the plan before the debounce passes.
        await _system.Activities.RunsAsync("SyncFollowUps", _voicemails + _resolved);
    }

    /// <summary>What Megan does in Outlook: Graph calls on her event, outside the app.</summary>
    private async Task ChangeEventAsync(HttpMethod method, string eventId, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_system.EmulatorUrl, $"/v1.0/users/{Demo.Megan}/events/{eventId}"))
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        await AsMeganAsync(request);
        using var response = await _system.Control.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static object MeganWithOneMeeting() => new
    {
        tenant = new { id = Demo.TenantId, displayName = "Contoso Plumbing", domain = "contoso.example" },
        apps = new[] { new { clientId = Demo.ClientId, clientSecret = Demo.ClientSecret, displayName = "GraphCallback" } },
        users = new[]
        {
            new
            {
                id = Demo.Megan,
                userPrincipalName = "megan@contoso.example",
                displayName = "Megan Bowen",
                timeZone = "GMT Standard Time",
                workingHours = new { daysOfWeek = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, startTime = "08:30", endTime = "17:00", timeZone = "GMT Standard Time" },
                contacts = new object[]
                {
                    new { displayName = "Patti Fernandez", companyName = "Fabrikam Hotels", businessPhones = new[] { "+44 20 7946 0555" }, categories = new[] { "Client" } },
                    new { displayName = "Diego Siciliani", companyName = "Northwind Pipes", businessPhones = new[] { "+44 20 7946 0777" }, categories = new[] { "Vendor" } },
                    new { displayName = "Isaiah Langer", companyName = "Tailspin Offices", businessPhones = new[] { "+44 20 7946 0888" }, categories = new[] { "Client", "VIP" } },
                },
                events = new[] { new { subject = "Supplier call", day = 0, start = "16:00", durationMinutes = 15, showAs = "busy" } },
            },
        },
    };

    private static DateTimeOffset At(int hour, int minute) => Moments.SameDayAt(Morning, new TimeOnly(hour, minute), Moments.London);

    private async Task PlannedDaysAsync(int count) =>
        await _system.Activities.WaitAsync(a => a.OperationName == "PlanCallBackDay", count);

    private async Task ResolveAsync(string token, IEnumerable<FollowUp> followUps)
    {
        foreach (var followUp in followUps)
        {
            using var response = await _system.SendAsync(HttpMethod.Post, $"api/followups/{followUp.Id}/attempts", token, new { outcome = "reached" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            _resolved++;
        }
    }

    /// <summary>Megan's events in our category, read from the emulator's Graph API in UTC.</summary>
    private async Task<List<JsonElement>> CallBackEventsAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_system.EmulatorUrl, $"/v1.0/users/{Demo.Megan}/events?$top=100"));
        request.Headers.TryAddWithoutValidation("Prefer", "outlook.timezone=\"UTC\"");
        await AsMeganAsync(request);
        using var response = await _system.Control.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var events = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").EnumerateArray();
        return [.. events.Where(e => e.GetProperty("categories").EnumerateArray().Any(c => c.GetString() == "Call-back"))];
    }

    // Graph serves no one without a token: these are Megan's own calls, with her delegated calendar scope.
    private async Task AsMeganAsync(HttpRequestMessage request) =>
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", await _system.MintAsync(Demo.Megan, scopes: "Calendars.ReadWrite", audience: "https://graph.microsoft.com"));

    private async Task<Dictionary<string, int>> RequestCountsAsync() =>
        await _system.Control.GetFromJsonAsync<Dictionary<string, int>>("counters") ?? [];

    private static (DateTimeOffset Start, DateTimeOffset End) Times(JsonElement graphEvent) =>
        (Instant(graphEvent.GetProperty("start")), Instant(graphEvent.GetProperty("end")));

    private static DateTimeOffset Instant(JsonElement dateTimeTimeZone)
    {
        Assert.Equal("UTC", dateTimeTimeZone.GetProperty("timeZone").GetString());
        return new DateTimeOffset(DateTime.Parse(dateTimeTimeZone.GetProperty("dateTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);
    }

    private static List<string> OrderOfAppearance(string body, IEnumerable<string> names) =>
        [.. names.Where(n => body.Contains(n, StringComparison.Ordinal)).OrderBy(n => body.IndexOf(n, StringComparison.Ordinal))];
}
