namespace GraphCallback.Functions.Hosting;

/// <summary>
/// A queue function: code that handles each message of the Storage queue named in the function.json
/// folder that carries its <see cref="Name"/>. Register it with <c>AddQueueFunction&lt;T&gt;()</c>.
/// </summary>
public interface IQueueFunction
{
    /// <summary>The function's folder name: the Functions host posts each message to <c>/{Name}</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Handles one delivery. Returning completes the message; throwing makes it visible again, and
    /// after the maximum number of deliveries it goes to the <c>-poison</c> queue. Deliveries are
    /// at-least-once, so handling the same message twice must be harmless.
    /// </summary>
    Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken);
}
