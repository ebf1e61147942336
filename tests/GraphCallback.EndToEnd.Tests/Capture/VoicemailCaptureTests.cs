using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Testing;
using Xunit.Abstractions;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>
/// Voicemails and missed calls travel the real path: emulator inbox → Graph subscription →
/// webhook → Storage queue → processing (Graph reads with app tokens from the emulator's Entra) →
/// atomic ingestion in Azurite.
/// </summary>
[CalendarDependent]
public sealed class VoicemailCaptureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly UserKey Megan = Demo.MeganKey;
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync();
        await _system.ConnectAsync(Megan);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Connecting_back_fills_the_last_days_of_voicemail_into_follow_ups_by_caller()
    {
        var followUps = await _system.FollowUps.ListAsync(Megan, pendingOnly: false);

        // Demo: Patti left two voicemails and a missed call, Isaiah a missed call, Diego and Alex a voicemail each,
        // and three unknown or withheld numbers called: one follow-up per known number, one per unknown call.
        var patti = Assert.Single(followUps, f => f.Caller.Number.E164 == "+442079460555");
        Assert.Equal(3, patti.Calls.Count);
        Assert.Equal("Patti Fernandez", patti.Caller.DisplayName);
        Assert.Equal("Fabrikam Hotels", patti.Caller.Company);
        Assert.Equal(CallerKind.Client, patti.Caller.Kind);
        Assert.Equal(1, patti.Priority);
        Assert.Equal(CallerKind.Vendor, Assert.Single(followUps, f => f.Caller.Number.E164 == "+442079460777").Caller.Kind);
        Assert.Equal(CallerKind.Colleague, Assert.Single(followUps, f => f.Caller.Number.E164 == "+12025550142").Caller.Kind);
        Assert.Equal(CallerKind.Client, Assert.Single(followUps, f => f.Caller.Number.E164 == "+447700900888").Caller.Kind);
        Assert.Contains(followUps, f => !f.Caller.Number.IsKnown);
    }

    [Fact]
    public async Task A_new_voicemail_becomes_one_follow_up_with_caller_priority_and_due_time_through_the_webhook()
    {
        var before = _system.Activities.CaptureCount(Megan.PartitionKey);

        // The back-filled calls' syncs set up the user's To Do list; let them finish before counting.
        await _system.Activities.SyncsSettledAsync(Megan.PartitionKey);
        await _system.Control.DeleteAsync("counters");

        var delivered = await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0456", "New caller", "Hello, I'd like a quote for a new bathroom, please call me back.");
        var capture = (await _system.Activities.CapturesAsync(Megan.PartitionKey, before + 1))[^1];

        // It came through the webhook and the queue, not a catch-up timer.
        Assert.Equal(ProcessNotifications.NotificationActivity, capture.Parent?.OperationName);
        Assert.Equal("Created", capture.GetTagItem("graphcallback.outcome"));

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460456");
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal("New caller", followUp.Caller.DisplayName);
        Assert.Equal(CallerKind.Unknown, followUp.Caller.Kind);
        Assert.Equal(PriorityRules.Default.RankOf(CallerKind.Unknown), followUp.Priority);
        Assert.Equal("Hello, I'd like a quote for a new bathroom, please call me back.", followUp.TranscriptExcerpt);
        var hours = new WorkingHours(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            new TimeOnly(8, 30),
            new TimeOnly(17, 0),
            UserTimeZone.Find("GMT Standard Time"));
        Assert.Equal(SlaPolicy.Default.DeadlineFor(delivered, hours).DueAt, followUp.Sla.DueAt);
        Assert.NotNull(Assert.Single(followUp.Calls).Link);

        // With the user's mailbox settings and phone book cached from connecting, a voicemail costs one Graph read.
        // (Its To Do task is the sync queue's work, counted in the Tasks tests; it may or may not have run yet.)
        var counters = (await _system.Control.GetFromJsonAsync<Dictionary<string, int>>("counters"))!
            .Where(c => !c.Key.Contains("/todo/", StringComparison.Ordinal))
            .ToDictionary();
        output.WriteLine($"Graph requests for one captured voicemail: {JsonSerializer.Serialize(counters)}");
        Assert.Equal(new Dictionary<string, int> { ["GET /v1.0/users/{user}/messages/{message}"] = 1 }, counters);
    }

    [Fact]
    public async Task A_voicemail_from_a_client_merges_into_their_follow_up_and_keeps_its_priority()
    {
        var isaiah = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+447700900888");
        var before = _system.Activities.CaptureCount(Megan.PartitionKey);

        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 7700 900888", null, "Isaiah here, the heating in office 3 is off.");
        await _system.Activities.CapturesAsync(Megan.PartitionKey, before + 1);

        var merged = (await _system.FollowUps.GetAsync(Megan, isaiah.Id))!.FollowUp;
        Assert.Equal(2, merged.CallCount);
        Assert.Equal("Isaiah Langer", merged.Caller.DisplayName);
        Assert.Equal("Tailspin Offices", merged.Caller.Company);
        Assert.Equal(1, merged.Priority);
        Assert.Equal(isaiah.Sla, merged.Sla);
    }

    [Fact]
    public async Task A_missed_call_and_the_voicemail_that_follows_are_one_call_in_one_follow_up()
    {
        var before = _system.Activities.CaptureCount(Megan.PartitionKey);

        await _system.DeliverCallMailAsync(Demo.Megan, "missedCalls", "+44 20 7946 0654", null, null);
        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0654", null, "Sorry I missed you, it's about the invoice.");
        await _system.Activities.CapturesAsync(Megan.PartitionKey, before + 2);

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460654");
        Assert.Equal(2, followUp.Calls.Count);
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(["MissedCallNotification", "Voicemail"], followUp.Calls.Select(c => c.Key.Kind.ToString()));
    }
}
