using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Tests.Support;

namespace GraphCallback.Functions.Tests.Catalog;

/// <summary>The app refuses to start when a function.json names no handler.</summary>
public sealed class FunctionHandlerCheckTests
{
    [Fact]
    public void Names_every_function_without_a_handler()
    {
        using var root = new ScriptRoot()
            .WithTimer("Sweep", "0 */5 * * * *")
            .WithQueue("Sync", "sync")
            .WithHttp("Lifecycle", "api/notifications/lifecycle")
            .WithHttp("HealthElsewhere", "healthz");

        var error = Assert.Throws<InvalidOperationException>(() => TestApp.Build(root.Path, services => services
            .AddSingleton<IQueueFunction>(new RecordingQueueFunction("NotSync"))));

        Assert.Contains("Sweep: no ITimerFunction", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sync: no IQueueFunction", error.Message, StringComparison.Ordinal);
        Assert.Contains("Lifecycle: no endpoint named 'Lifecycle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("HealthElsewhere: no endpoint", error.Message, StringComparison.Ordinal);
    }
}
