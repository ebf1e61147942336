namespace GraphCallback.Functions.Hosting;

/// <summary>One delivery of a Storage queue message to a queue function.</summary>
/// <param name="MessageId">The queue's id for the message; the same message keeps it across deliveries.</param>
/// <param name="MessageText">The message as the producer sent it (already base64-decoded).</param>
/// <param name="DequeueCount">How many times the message has been delivered, this delivery included.</param>
public sealed record QueueDelivery(string MessageId, string MessageText, long DequeueCount);
