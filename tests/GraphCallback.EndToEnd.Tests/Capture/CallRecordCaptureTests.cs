using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>Teams call records reach capture through the tenant-wide subscription; the missed-call rule decides.</summary>
public sealed class CallRecordCaptureTests : IAsyncLifetime
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
    public async Task A_call_the_user_did_not_answer_becomes_a_follow_up()
    {
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords));
        var captured = _system.Activities.CaptureCount(Megan.PartitionKey);

        var recordId = await _system.RecordCallAsync(Demo.Megan, "+44 20 7946 0246", answered: false);
        await _system.Activities.CapturesAsync(Megan.PartitionKey, captured + 1);

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460246");
        var call = Assert.Single(followUp.Calls);
        Assert.Equal(new CallEventKey(CallSourceKind.CallRecord, recordId), call.Key);
        Assert.True(_system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords)) > processed);
    }

    [Fact]
    public async Task A_revised_record_is_judged_again_without_a_second_follow_up_or_a_second_call()
    {
        var call = new { callee = Demo.Megan, callerNumber = "+44 20 7946 0247", answered = false };
        var captured = _system.Activities.CaptureCount(Megan.PartitionKey);
        var recordId = await _system.RecordCallAsync(call);
        await _system.Activities.CapturesAsync(Megan.PartitionKey, captured + 1);

        await _system.ReviseCallRecordAsync(recordId, new { callee = Demo.Megan, callerNumber = "+44 20 7946 0247", answered = false, earlierRings = 1 });
        await _system.Activities.CapturesAsync(Megan.PartitionKey, captured + 2);

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: false), f => f.Caller.Number.E164 == "+442079460247");
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(new CallEventKey(CallSourceKind.CallRecord, recordId), Assert.Single(followUp.Calls).Key);
    }

    [Fact]
    public async Task A_revision_that_shows_the_call_went_unanswered_makes_the_follow_up()
    {
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords));
        var recordId = await _system.RecordCallAsync(Demo.Megan, "+44 20 7946 0248", answered: true);
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.CallRecords), processed + 1);
        var captured = _system.Activities.CaptureCount(Megan.PartitionKey);

        await _system.ReviseCallRecordAsync(recordId, new { callee = Demo.Megan, callerNumber = "+44 20 7946 0248", answered = false });
        await _system.Activities.CapturesAsync(Megan.PartitionKey, captured + 1);

        Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460248");
    }

    [Fact]
    public async Task A_call_answered_and_then_dropped_makes_no_follow_up()
    {
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords));

        await _system.RecordCallAsync(new { callee = Demo.Megan, callerNumber = "+44 20 7946 0249", answered = true, durationSeconds = 75, failureStage = "midcall" });
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.CallRecords), processed + 1);

        Assert.DoesNotContain(await _system.FollowUps.ListAsync(Megan, pendingOnly: false), f => f.Caller.Number.E164 == "+442079460249");
    }

    [Fact]
    public async Task A_call_answered_after_60_unanswered_rings_makes_no_follow_up()
    {
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords));

        await _system.RecordCallAsync(new { callee = Demo.Megan, callerNumber = "+44 20 7946 0250", answered = true, durationSeconds = 75, earlierRings = 60 });
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.CallRecords), processed + 1);

        Assert.DoesNotContain(await _system.FollowUps.ListAsync(Megan, pendingOnly: false), f => f.Caller.Number.E164 == "+442079460250");
    }

    [Fact]
    public async Task The_catch_up_timer_captures_a_record_whose_notification_was_lost_once()
    {
        await DropNextCallRecordNotificationAsync();
        var recordId = await _system.RecordCallAsync(Demo.Megan, "+44 20 7946 0251", answered: false);
        var timers = _system.App.Services.GetRequiredService<FunctionInvoker>();

        await timers.RunTimerAsync("CatchUpCallRecords", new TimerTick(false, null, null), CancellationToken.None);
        await timers.RunTimerAsync("CatchUpCallRecords", new TimerTick(false, null, null), CancellationToken.None);

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460251");
        Assert.Equal(1, followUp.CallCount);
        Assert.Equal(new CallEventKey(CallSourceKind.CallRecord, recordId), Assert.Single(followUp.Calls).Key);
    }

    [Fact]
    public async Task A_missed_lifecycle_event_on_the_call_records_subscription_runs_the_catch_up()
    {
        await DropNextCallRecordNotificationAsync();
        await _system.RecordCallAsync(Demo.Megan, "+44 20 7946 0252", answered: false);
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords));

        var subscription = (await _system.Control.GetFromJsonAsync<JsonElement>("subscriptions")).GetProperty("value").EnumerateArray()
            .Single(s => s.GetProperty("resource").GetString()!.Contains("callRecords", StringComparison.OrdinalIgnoreCase));
        using (var response = await _system.Control.PostAsJsonAsync($"subscriptions/{subscription.GetProperty("id").GetString()}/lifecycle", new { lifecycleEvent = "missed" }))
        {
            response.EnsureSuccessStatusCode();
        }

        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.CallRecords), processed + 1);
        Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460252");
    }

    [Fact]
    public async Task A_call_record_arriving_after_the_user_resolved_the_follow_up_for_a_call_before_that_keeps_it_resolved()
    {
        // A ring at 10:00 and a voicemail at 10:30; Megan calls back at 10:35; the ring's record comes at 11:00.
        var ringAt = _system.Clock.GetUtcNow();
        _system.Clock.Advance(TimeSpan.FromMinutes(30));
        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0262");
        var followUp = await CapturedFollowUpAsync("+442079460262");
        _system.Clock.Advance(TimeSpan.FromMinutes(5));
        using (var resolved = await _system.SendAsync(HttpMethod.Post, $"api/followups/{followUp.Id}/attempts", await _system.MintAsync(Demo.Megan), new { outcome = "reached" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, resolved.StatusCode);
        }

        _system.Clock.Advance(TimeSpan.FromMinutes(25));
        var recordId = await _system.RecordCallAsync(new { callee = Demo.Megan, callerNumber = "+44 20 7946 0262", answered = false, startDateTime = ringAt });
        // The voicemail's capture and the record's; replays of the voicemail (Duplicate) do not count.
        await _system.Activities.WaitAsync(
            a => a.OperationName == "CaptureCall" && Equals(a.GetTagItem("graphcallback.followup"), followUp.Id.ToString()) && !Equals(a.GetTagItem("graphcallback.outcome"), "Duplicate"), 2);

        var after = (await _system.FollowUps.GetAsync(Megan, followUp.Id))!.FollowUp;
        Assert.Equal(Core.FollowUps.FollowUpStatus.Resolved, after.Status);
        Assert.True(after.HasCall(new CallEventKey(CallSourceKind.CallRecord, recordId)));
        Assert.Equal(2, after.CallCount);
    }

    [Fact]
    public async Task A_teams_only_users_unanswered_ring_reaches_her_follow_ups_through_call_records_with_no_missed_call_mail()
    {
        // The demo's Lidia gets no missed-call e-mail: Grady's ring before his voicemail is only a call record.
        await _system.ConnectAsync(Demo.LidiaKey);
        var timers = _system.App.Services.GetRequiredService<FunctionInvoker>();

        await timers.RunTimerAsync("CatchUpCallRecords", new TimerTick(false, null, null), CancellationToken.None);

        var followUps = await _system.FollowUps.ListAsync(Demo.LidiaKey, pendingOnly: false);
        var grady = Assert.Single(followUps, f => f.Caller.Number.E164 == "+61491570159");
        Assert.Contains(grady.Calls, c => c.Key.Kind == CallSourceKind.CallRecord);
        Assert.DoesNotContain(followUps.SelectMany(f => f.Calls), c => c.Key.Kind == CallSourceKind.MissedCallNotification);
    }

    [Fact]
    public async Task The_PSTN_timer_captures_unanswered_inbound_calls_from_the_call_log_once()
    {
        await _system.LogPstnCallAsync(Demo.Megan, "+44 20 7946 0135", durationSeconds: 0);
        await _system.LogPstnCallAsync(Demo.Megan, "+44 20 7946 0136", durationSeconds: 240);
        var timers = _system.App.Services.GetRequiredService<FunctionInvoker>();

        await timers.RunTimerAsync("CapturePstnCalls", new TimerTick(false, null, null), CancellationToken.None);
        await timers.RunTimerAsync("CapturePstnCalls", new TimerTick(false, null, null), CancellationToken.None);

        var followUps = await _system.FollowUps.ListAsync(Megan, pendingOnly: false);
        var missed = Assert.Single(followUps, f => f.Caller.Number.E164 == "+442079460135");
        Assert.Equal(CallSourceKind.PstnCall, Assert.Single(missed.Calls).Key.Kind);
        Assert.Equal(1, missed.CallCount);
        Assert.DoesNotContain(followUps, f => f.Caller.Number.E164 == "+442079460136");
    }

    [Fact]
    public async Task A_call_the_user_answered_makes_no_follow_up()
    {
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.CallRecords));

        await _system.RecordCallAsync(Demo.Megan, "+44 20 7946 0357", answered: true);
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.CallRecords), processed + 1);

        Assert.DoesNotContain(await _system.FollowUps.ListAsync(Megan, pendingOnly: false), f => f.Caller.Number.E164 == "+442079460357");
    }

    // The demo's own calls are still being captured alongside, so each capture is a cue to look, not a count to trust.
    private async Task<Core.FollowUps.FollowUp> CapturedFollowUpAsync(string e164)
    {
        for (var seen = _system.Activities.CaptureCount(Megan.PartitionKey); ; seen++)
        {
            if ((await _system.FollowUps.ListAsync(Megan, pendingOnly: false)).FirstOrDefault(f => f.Caller.Number.E164 == e164) is { } found)
            {
                return found;
            }

            await _system.Activities.CapturesAsync(Megan.PartitionKey, seen + 1);
        }
    }

    private async Task DropNextCallRecordNotificationAsync()
    {
        using var response = await _system.Control.PostAsJsonAsync("faults", new { kind = "DropNotification", count = 1, route = "communications/callRecords" });
        response.EnsureSuccessStatusCode();
    }
}
