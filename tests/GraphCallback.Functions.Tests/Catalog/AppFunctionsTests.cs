using System.Text.Json;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Hosting.StandAlone;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Catalog;

/// <summary>The function.json files the app ships: each one valid, and each one served by a registered handler.</summary>
public sealed class AppFunctionsTests
{
    private static readonly string FunctionsFolder = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "functions");

    [Fact]
    public async Task Every_function_json_of_the_app_parses_and_names_a_handler_the_app_registers()
    {
        var catalog = FunctionCatalog.Load(FunctionsFolder);

        var folders = Directory.GetDirectories(FunctionsFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(folders, catalog.Functions.Select(f => f.Name));
        Assert.Contains(catalog.HttpFunctions, f => f.Name == "Health" && f.Route == "health");
        Assert.Contains(catalog.HttpFunctions, f => f.Name == "HealthReady" && f.Route == "health/ready");

        // Building the app runs the same check start-up does; the assertions below spell it out.
        await using var app = TestApp.Build(FunctionsFolder);
        using var scope = app.Services.CreateScope();
        var timers = scope.ServiceProvider.GetServices<ITimerFunction>().Select(f => f.Name).ToList();
        var queues = scope.ServiceProvider.GetServices<IQueueFunction>().Select(f => f.Name).ToList();
        var endpointNames = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ToList();

        Assert.All(catalog.Timers, timer =>
        {
            Assert.Contains(timer.Name, timers);
            Assert.Equal(6, timer.ScheduleExpression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        });
        Assert.All(catalog.Queues, queue =>
        {
            Assert.Contains(queue.Name, queues);
            Assert.InRange(queue.PoisonQueueName.Length, 3, 63);
        });
        Assert.All(catalog.HttpFunctions, http => Assert.Contains(http.Name, endpointNames));
    }

    [Fact]
    public void The_apps_host_json_routes_http_functions_by_their_full_path_sets_the_poison_threshold_the_retry_delay_and_one_message_at_a_time()
    {
        var hostJson = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "host.json"));
        using var document = JsonDocument.Parse(hostJson);
        var extensions = document.RootElement.GetProperty("extensions");

        // The handler check compares function.json routes with endpoint routes as they are,
        // which holds only while the host adds no prefix of its own.
        Assert.Equal(string.Empty, extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        using var scriptRoot = new ScriptRoot().WithHostJson(hostJson);
        Assert.Equal(
            extensions.GetProperty("queues").GetProperty("maxDequeueCount").GetInt32(),
            FunctionCatalog.Load(scriptRoot.Path).MaxDequeueCount);

        // The host hands out the batches the stand-alone listener is proven with (end to end):
        // eight side by side per queue, a user's Graph work ordered by the user's lease.
        Assert.Equal(new QueueListenerOptions().BatchSize, extensions.GetProperty("queues").GetProperty("batchSize").GetInt32());
        Assert.Equal(new QueueListenerOptions().BatchSize / 2, extensions.GetProperty("queues").GetProperty("newBatchThreshold").GetInt32());

        // The host's retry delay is fixed (0 by default: five tries within seconds); a minute
        // between tries lets its five ride out a few minutes' outage.
        Assert.Equal(TimeSpan.FromMinutes(1), TimeSpan.Parse(extensions.GetProperty("queues").GetProperty("visibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
