using System.Net.Http.Json;
using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>Notifications arrive twice, three times, or never: the follow-ups come out the same.</summary>
public sealed class DeliveryFailureTests : IAsyncLifetime
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
    public async Task The_same_notification_delivered_three_times_makes_one_follow_up()
    {
        var before = _system.Activities.CaptureCount(Megan.PartitionKey);
        await _system.InjectNotificationFaultAsync("DuplicateNotification");

        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0612", "Repeat Delivery", "Please call back.");
        var twice = await _system.Activities.CapturesAsync(Megan.PartitionKey, before + 2);
        var notification = await LastNotificationAsync();
        using var third = await _system.Client.PostAsync("api/notifications", JsonContent.Create(new { value = new[] { notification } }));
        var thrice = await _system.Activities.CapturesAsync(Megan.PartitionKey, before + 3);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, third.StatusCode);
        Assert.Equal(["Created", "Duplicate", "Duplicate"], thrice.Skip(before).Select(a => (string)a.GetTagItem("graphcallback.outcome")!));
        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460612");
        Assert.Equal(1, followUp.CallCount);
        Assert.Single(followUp.Calls);
        Assert.Equal(2, twice.Count - before);
    }

    [Fact]
    public async Task A_dropped_notification_is_found_by_the_inbox_catch_up_timer()
    {
        await _system.InjectNotificationFaultAsync("DropNotification");
        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0432", "Lost Notification", "Did you get this?");
        Assert.DoesNotContain(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460432");

        await _system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync("CatchUpInboxes", new TimerTick(false, null, null), CancellationToken.None);

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460432");
        Assert.Equal("Lost Notification", followUp.Caller.DisplayName);
        Assert.Equal("Did you get this?", followUp.TranscriptExcerpt);
    }

    private async Task<Dictionary<string, object?>> LastNotificationAsync()
    {
        // Replay exactly what Graph would resend: the subscription's id and secret, the same item.
        var tables = new TableServiceClient(_system.Azurite.ConnectionString);
        var connection = await new ConnectionStore(tables).FindAsync(Megan);
        var subscription = (await new SubscriptionStore(tables).FindAsync(connection!.InboxSubscriptionId!))!;
        var followUp = (await _system.FollowUps.ListAsync(Megan, pendingOnly: true)).Single(f => f.Caller.Number.E164 == "+442079460612");
        return new Dictionary<string, object?>
        {
            ["subscriptionId"] = subscription.Id,
            ["clientState"] = subscription.ClientState,
            ["changeType"] = "created",
            ["resource"] = subscription.Resource,
            ["resourceData"] = new Dictionary<string, object?> { ["id"] = followUp.Calls[0].Key.SourceId },
            ["tenantId"] = Demo.TenantId,
        };
    }
}
