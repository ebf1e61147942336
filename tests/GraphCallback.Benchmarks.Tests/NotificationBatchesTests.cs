using System.Text.Json;
using GraphCallback.Benchmarks.Webhook;
using GraphCallback.Core.Users;

namespace GraphCallback.Benchmarks.Tests;

public class NotificationBatchesTests
{
    private static readonly WebhookSubscription Subscription = new(
        "5b8f6f3c-3d2e-4f1a-9b8c-7d6e5f4a3b2c",
        "secret-client-state",
        new UserKey("b3e7c1a0-5d2f-4e8a-9c6b-0a1b2c3d4e5f", "00000000-0000-4000-8000-000000000001"),
        ["AAMkAGI2first", "AAMkAGI2second"],
        new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Bodies_have_the_shape_graph_posts_with_the_subscriptions_client_state()
    {
        var batches = NotificationBatches.Build([Subscription], 20, seed: 1);

        Assert.Equal(20, batches.Bodies.Count);
        using var body = JsonDocument.Parse(batches.Bodies[0]);
        var notification = body.RootElement.GetProperty("value")[0];
        Assert.Equal(Subscription.Id, notification.GetProperty("subscriptionId").GetString());
        Assert.Equal("secret-client-state", notification.GetProperty("clientState").GetString());
        Assert.Equal("created", notification.GetProperty("changeType").GetString());
        Assert.Equal(Subscription.Owner.TenantId, notification.GetProperty("tenantId").GetString());
        var id = notification.GetProperty("resourceData").GetProperty("id").GetString();
        Assert.Contains(id, Subscription.MessageIds);
        Assert.Equal($"Users/{Subscription.Owner.ObjectId}/Messages/{id}", notification.GetProperty("resource").GetString());
        Assert.Equal("#Microsoft.Graph.Message", notification.GetProperty("resourceData").GetProperty("@odata.type").GetString());
        Assert.True(notification.TryGetProperty("subscriptionExpirationDateTime", out _));
    }

    [Fact]
    public void Batches_carry_one_to_three_notifications_and_are_counted()
    {
        var batches = NotificationBatches.Build([Subscription], 200, seed: 2);

        var sizes = batches.Bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("value").GetArrayLength()).ToList();
        Assert.All(sizes, s => Assert.InRange(s, 1, 3));
        Assert.Equal(sizes.Sum(), batches.Notifications);
        Assert.Equal(3, sizes.Distinct().Count());
    }

    [Fact]
    public void The_same_seed_gives_the_same_bodies()
    {
        var first = NotificationBatches.Build([Subscription], 10, seed: 3);
        var second = NotificationBatches.Build([Subscription], 10, seed: 3);

        Assert.Equal(first.Bodies, second.Bodies);
    }
}
