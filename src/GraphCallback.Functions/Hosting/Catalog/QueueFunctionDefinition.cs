using GraphCallback.Storage.Queues;

namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>A <c>queueTrigger</c> function and the Storage queue it reads.</summary>
public sealed record QueueFunctionDefinition(string Name, string BindingName, string QueueName)
    : FunctionDefinition(Name, BindingName)
{
    /// <summary>Where messages that keep failing end up; the same name the Functions host uses.</summary>
    public string PoisonQueueName => PoisonQueue.NameFor(QueueName);
}
