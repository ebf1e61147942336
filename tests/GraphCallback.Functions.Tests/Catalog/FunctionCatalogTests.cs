using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Tests.Support;

namespace GraphCallback.Functions.Tests.Catalog;

/// <summary>What the catalog accepts from function.json and host.json, and what it refuses at load.</summary>
public sealed class FunctionCatalogTests
{
    [Fact]
    public void Reads_timer_queue_and_http_functions_with_their_settings()
    {
        using var root = new ScriptRoot()
            .WithTimer("PlanDay", "0 0 18 * * *")
            .WithQueue("Sync", "sync")
            .WithHttp("Notifications", "api/notifications");

        var catalog = FunctionCatalog.Load(root.Path);

        var timer = Assert.Single(catalog.Timers);
        Assert.Equal(("PlanDay", "timer"), (timer.Name, timer.BindingName));
        Assert.Equal(
            new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero),
            timer.NextOccurrenceAfter(new DateTimeOffset(2026, 3, 2, 17, 59, 59, TimeSpan.Zero)));
        var queue = Assert.Single(catalog.Queues);
        Assert.Equal(("Sync", "message", "sync", "sync-poison"), (queue.Name, queue.BindingName, queue.QueueName, queue.PoisonQueueName));
        var http = Assert.Single(catalog.HttpFunctions);
        Assert.Equal(("Notifications", "api/notifications", "GET"), (http.Name, http.Route, Assert.Single(http.Methods)));
        Assert.Equal(FunctionCatalog.DefaultMaxDequeueCount, catalog.MaxDequeueCount);
    }

    [Fact]
    public void Takes_the_poison_threshold_from_host_json()
    {
        using var root = new ScriptRoot().WithHostJson("""{ "version": "2.0", "extensions": { "queues": { "maxDequeueCount": 3 } } }""");

        Assert.Equal(3, FunctionCatalog.Load(root.Path).MaxDequeueCount);
    }

    [Theory]
    [InlineData("""{ "bindings": [ { "name": "t", "type": "timerTrigger", "direction": "in", "schedule": "0 */5 * * *" } ] }""", "six-field NCRONTAB")]
    [InlineData("""{ "bindings": [ { "name": "t", "type": "timerTrigger", "direction": "in", "schedule": "0 61 * * * *" } ] }""", "six-field NCRONTAB")]
    [InlineData("""{ "bindings": [ { "name": "t", "type": "timerTrigger", "direction": "in", "schedule": "%PlanSchedule%" } ] }""", "written out")]
    [InlineData("""{ "bindings": [ { "name": "m", "type": "queueTrigger", "direction": "in", "queueName": "Sync_Work" } ] }""", "not a valid Storage queue name")]
    [InlineData("""{ "bindings": [ { "name": "m", "type": "queueTrigger", "direction": "in", "queueName": "a-queue-name-so-long-that-its-poison-queue-cannot-be-made" } ] }""", "not a valid Storage queue name")]
    [InlineData("""{ "bindings": [ { "name": "m", "type": "queueTrigger", "direction": "in", "queueName": "sync" }, { "name": "$return", "type": "queue", "direction": "out", "queueName": "out" } ] }""", "only their trigger binding")]
    [InlineData("""{ "bindings": [ { "name": "req", "type": "httpTrigger", "direction": "in", "route": "api/x" }, { "name": "q", "type": "queue", "direction": "out", "queueName": "x" } ] }""", "one \"http\" output binding")]
    [InlineData("""{ "bindings": [ { "name": "b", "type": "blobTrigger", "direction": "in", "path": "x/{name}" } ] }""", "is not served by this app")]
    [InlineData("""{ "bindings": [] }""", "exactly one trigger binding")]
    [InlineData("""{ "bindings": [ """, "not valid JSON")]
    public void Refuses_a_function_json_neither_hosting_mode_could_honour(string functionJson, string reason)
    {
        using var root = new ScriptRoot().WithFunction("Broken", functionJson);

        var error = Assert.Throws<InvalidDataException>(() => FunctionCatalog.Load(root.Path));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("Broken", "function.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_folders_without_a_function_json()
    {
        using var root = new ScriptRoot().WithQueue("Sync", "sync");
        Directory.CreateDirectory(Path.Combine(root.Path, "runtimes"));

        Assert.Equal(["Sync"], FunctionCatalog.Load(root.Path).Functions.Select(f => f.Name));
    }
}
