using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>Event changes reach subscriptions on the user's events through the change feed.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class CalendarNotificationTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private TestWebhook _webhook = null!;

    public async Task InitializeAsync()
    {
        await emulator.ResetAsync();
        _webhook = await TestWebhook.StartAsync();
    }

    public async Task DisposeAsync() => await _webhook.DisposeAsync();

    [Fact]
    public async Task Creating_and_deleting_an_event_notify_a_subscription_on_the_users_events()
    {
        var graph = emulator.Graph();
        await graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created,deleted",
            NotificationUrl = _webhook.Url,
            LifecycleNotificationUrl = _webhook.LifecycleUrl,
            Resource = $"users/{DemoUsers.MeganUpn}/events",
            ExpirationDateTime = emulator.Clock.GetUtcNow().AddDays(2),
            ClientState = "events-state",
        });

        var created = await graph.Users[DemoUsers.Megan].Events.PostAsync(CalendarTestData.Meeting("Call-back block", "2026-03-10T16:00:00", "2026-03-10T16:30:00"));
        var first = await _webhook.NextAsync();
        await graph.Users[DemoUsers.Megan].Events[created!.Id].DeleteAsync();
        var second = await _webhook.NextAsync();

        var added = Assert.Single(first.GetProperty("value").EnumerateArray());
        Assert.Equal("created", added.GetProperty("changeType").GetString());
        Assert.Equal($"Users/{DemoUsers.Megan}/Events/{created.Id}", added.GetProperty("resource").GetString());
        Assert.Equal("#Microsoft.Graph.Event", added.GetProperty("resourceData").GetProperty("@odata.type").GetString());
        var removed = Assert.Single(second.GetProperty("value").EnumerateArray());
        Assert.Equal("deleted", removed.GetProperty("changeType").GetString());
        Assert.Equal(created.Id, removed.GetProperty("resourceData").GetProperty("id").GetString());
    }
}
