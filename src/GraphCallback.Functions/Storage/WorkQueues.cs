using System.Collections.Concurrent;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Storage.Queues;

namespace GraphCallback.Functions.Storage;

/// <summary>
/// The queue each queue function reads, looked up by function name: producers never spell a
/// queue name, so function.json stays the one place that names queues.
/// </summary>
public sealed class WorkQueues(FunctionCatalog catalog, string connectionString)
{
    private readonly ConcurrentDictionary<string, WorkQueue> _queues = new(StringComparer.Ordinal);

    /// <exception cref="InvalidOperationException">No queue function of that name exists.</exception>
    public WorkQueue For(string functionName) => _queues.GetOrAdd(functionName, name =>
    {
        var function = catalog.Queues.FirstOrDefault(q => q.Name == name)
            ?? throw new InvalidOperationException($"No queue function named '{name}' in the function.json files.");
        return new WorkQueue(connectionString, function.QueueName);
    });

    public IEnumerable<WorkQueue> All => catalog.Queues.Select(q => For(q.Name));
}
