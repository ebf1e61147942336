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
}
