using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.StandAlone;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace GraphCallback.Functions.Tests;

/// <summary>With FUNCTIONS_CUSTOMHANDLER_PORT set the Functions host owns the triggers: the app only answers it.</summary>
public sealed class HostingModeTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task In_custom_handler_mode_the_app_listens_on_the_hosts_loopback_port_only()
    {
        using var root = new ScriptRoot();
        await using var app = await TestApp.StartAsync(root.Path, customHandler: true);

        var addresses = app.App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;

        Assert.Equal([app.Client.BaseAddress!.ToString().TrimEnd('/')], addresses);
        Assert.True((await app.Client.GetAsync("/health")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task In_custom_handler_mode_the_scheduler_and_queue_listener_stay_idle()
    {
        using var root = new ScriptRoot().WithTimer("Sweep", "* * * * * *").WithQueue("Sync", "sync");
        await using var app = await TestApp.StartAsync(
            root.Path,
            services => services
                .AddSingleton<ITimerFunction>(new RecordingTimerFunction("Sweep", SuiteClock.Start()))
                .AddSingleton<IQueueFunction>(new RecordingQueueFunction("Sync")),
            customHandler: true);
        using var safety = new CancellationTokenSource(Safety);

        var services = app.App.Services.GetServices<IHostedService>().ToList();
        var scheduler = services.OfType<TimerScheduler>().Single();
        var listener = services.OfType<QueueListener>().Single();

        // Stand-alone, both would run until the app stops; here they have nothing to do.
        await scheduler.ExecuteTask!.WaitAsync(safety.Token);
        await listener.ExecuteTask!.WaitAsync(safety.Token);
        Assert.True(scheduler.ExecuteTask.IsCompletedSuccessfully);
        Assert.True(listener.ExecuteTask.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("http")]
    [InlineData("70000")]
    public void A_port_that_is_not_a_port_is_refused(string port)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HostingMode.CustomHandlerPortKey] = port })
            .Build();

        Assert.Throws<InvalidOperationException>(() => HostingMode.From(configuration));
    }
}
