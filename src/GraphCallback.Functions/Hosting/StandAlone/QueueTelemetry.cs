using System.Diagnostics;
using Azure.Storage.Queues.Models;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>The tags the listener's own activities (lease renewed, retry later, poisoned) carry: which message, and when it shows again.</summary>
public static class QueueTelemetry
{
    public const string Queue = "messaging.destination.name";
    public const string MessageId = "messaging.message.id";
    public const string DequeueCount = "graphcallback.queue.dequeue_count";
    public const string HiddenFor = "graphcallback.queue.hidden_for";
    public const string VisibleAt = "graphcallback.queue.visible_at";

    public static void Tag(Activity? activity, string queue, QueueMessage message)
    {
        activity?.SetTag(Queue, queue);
        activity?.SetTag(MessageId, message.MessageId);
        activity?.SetTag(DequeueCount, message.DequeueCount);
    }
}
