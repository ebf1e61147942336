using System.Net.Http.Json;
using Azure.Data.Tables;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Settings;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>Capture keeps working when Graph removes, expires or loses what it relies on; blocked numbers never nag.</summary>
public sealed class SubscriptionLifecycleTests : IAsyncLifetime
{
    private static readonly UserKey Megan = Demo.MeganKey;
    private SystemUnderTest _system = null!;
    private TableServiceClient _tables = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync();
        _tables = new TableServiceClient(_system.Azurite.ConnectionString);
        await _system.ConnectAsync(Megan);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_removed_subscription_is_recreated_and_notifications_flow_again()
    {
        var old = await InboxSubscriptionAsync();
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.InboxMessages));

        await SendLifecycleAsync(old.Id, "subscriptionRemoved");
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.InboxMessages), processed + 1);
        var replacement = await InboxSubscriptionAsync();
        var captured = _system.Activities.CaptureCount(Megan.PartitionKey);
        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0741", "After Removal", "Hello again.");
        var capture = (await _system.Activities.CapturesAsync(Megan.PartitionKey, captured + 1))[^1];

        Assert.NotEqual(old.Id, replacement.Id);
        Assert.Null(await new SubscriptionStore(_tables).FindAsync(old.Id));
        Assert.Equal(ProcessNotifications.NotificationActivity, capture.Parent?.OperationName);
    }

    [Fact]
    public async Task Reauthorization_renews_the_same_subscription()
    {
        var before = await InboxSubscriptionAsync();
        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.InboxMessages));

        await SendLifecycleAsync(before.Id, "reauthorizationRequired");
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.InboxMessages), processed + 1);

        var after = await InboxSubscriptionAsync();
        Assert.Equal(before.Id, after.Id);
        Assert.True(after.ExpiresAt > before.ExpiresAt);
    }

    [Fact]
    public async Task Missed_notifications_and_an_expired_delta_token_are_recovered_by_a_bounded_resync()
    {
        await _system.InjectNotificationFaultAsync("DropNotification");
        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0852", "While Expired", "Are you there?");
        using (var expire = await _system.Control.PostAsync("delta/expire", null))
        {
            expire.EnsureSuccessStatusCode();
        }

        var processed = _system.Activities.NotificationRunCount(nameof(SubscriptionPurpose.InboxMessages));
        await SendLifecycleAsync((await InboxSubscriptionAsync()).Id, "missed");
        await _system.Activities.NotificationRunsAsync(nameof(SubscriptionPurpose.InboxMessages), processed + 1);

        Assert.Contains(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460852");
        var connection = await new ConnectionStore(_tables).FindAsync(Megan);
        Assert.NotNull(connection!.InboxDeltaLink);
    }

    [Fact]
    public async Task A_call_from_a_blocked_number_is_kept_but_dismissed_as_spam()
    {
        await new SettingsStore(_tables).TrySaveAsync(Megan, UserSettings.Default with { BlockedNumbers = ["+442079460963"] }, null);
        var captured = _system.Activities.CaptureCount(Megan.PartitionKey);

        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0963", "Cold Caller", "Have you considered solar panels?");
        await _system.Activities.CapturesAsync(Megan.PartitionKey, captured + 1);

        var spam = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: false), f => f.Caller.Number.E164 == "+442079460963");
        Assert.Equal(FollowUpStatus.Dismissed, spam.Status);
        Assert.Equal("Blocked number: dismissed as spam.", spam.History[^1].Note);
        Assert.DoesNotContain(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Id == spam.Id);
    }

    private async Task<SubscriptionRecord> InboxSubscriptionAsync()
    {
        var connection = await new ConnectionStore(_tables).FindAsync(Megan);
        return (await new SubscriptionStore(_tables).FindAsync(connection!.InboxSubscriptionId!))!;
    }

    private async Task SendLifecycleAsync(string subscriptionId, string lifecycleEvent)
    {
        using var response = await _system.Control.PostAsJsonAsync($"subscriptions/{subscriptionId}/lifecycle", new { lifecycleEvent });
        response.EnsureSuccessStatusCode();
    }
}
