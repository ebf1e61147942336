using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphCallback.Benchmarks.Webhook;

/// <summary>
/// Request bodies in the shape Graph posts to a notification URL: a "value" array of one to three
/// "created" notifications for inbox messages, each with its subscription's clientState. Built
/// before the run, so serialising never delays a send.
/// </summary>
internal sealed record NotificationBatches(IReadOnlyList<byte[]> Bodies, int Notifications)
{
    private const int LargestBatch = 3;

    public double PerRequest => Bodies.Count == 0 ? 0 : Notifications / (double)Bodies.Count;

    /// <param name="subscriptions">Whose notifications to send, picked at random.</param>
    /// <param name="count">How many bodies.</param>
    /// <param name="seed">The same seed gives the same bodies.</param>
    public static NotificationBatches Build(IReadOnlyList<WebhookSubscription> subscriptions, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentOutOfRangeException.ThrowIfZero(subscriptions.Count);
        var random = new Random(seed);
        var bodies = new List<byte[]>(count);
        var notifications = 0;
        for (var i = 0; i < count; i++)
        {
            var size = random.Next(1, LargestBatch + 1);
            var value = new JsonArray();
            for (var n = 0; n < size; n++)
            {
                var subscription = subscriptions[random.Next(subscriptions.Count)];
                value.Add(Notification(subscription, subscription.MessageIds[random.Next(subscription.MessageIds.Count)]));
            }

            notifications += size;
            bodies.Add(JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["value"] = value }));
        }

        return new NotificationBatches(bodies, notifications);
    }

    private static JsonObject Notification(WebhookSubscription subscription, string messageId)
    {
        var resource = $"Users/{subscription.Owner.ObjectId}/Messages/{messageId}";
        return new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = subscription.ExpiresAt.ToString("o", CultureInfo.InvariantCulture),
            ["changeType"] = "created",
            ["resource"] = resource,
            ["resourceData"] = new JsonObject
            {
                ["@odata.type"] = "#Microsoft.Graph.Message",
                ["@odata.id"] = resource,
                ["@odata.etag"] = "W/\"CQAAABYAAAD\"",
                ["id"] = messageId,
            },
            ["clientState"] = subscription.ClientState,
            ["tenantId"] = subscription.Owner.TenantId,
        };
    }
}
