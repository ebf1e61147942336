using GraphCallback.Functions.Hosting.Catalog;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>The Storage queue a queue function reads, as its function.json names it.</summary>
internal static class QueueNames
{
    public static string Of(string functionName) =>
        FunctionCatalog.Load(BuildOutput.FunctionsScriptRoot).Queues.Single(q => q.Name == functionName).QueueName;
}
