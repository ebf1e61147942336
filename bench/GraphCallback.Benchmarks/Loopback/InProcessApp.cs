using GraphCallback.Core.Users;
using GraphCallback.Functions;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Hosting.StandAlone;
using GraphCallback.Functions.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>
/// The real app (FunctionsApp) hosted in this process, stand-alone on loopback, so the harness can
/// read its metrics and activities. Its timers are left out: a catch-up or renewal round firing
/// mid-run would add its own requests to the per-call counts; the webhook, queue listener and
/// every handler are the production ones.
/// </summary>
internal sealed class InProcessApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessApp(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <param name="url">Where it listens.</param>
    /// <param name="settings">Its app settings.</param>
    /// <param name="clock">The clock it runs on, if not the system's.</param>
    public static async Task<InProcessApp> StartAsync(Uri url, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var builder = FunctionsApp.CreateBuilder(["--urls", url.ToString().TrimEnd('/')]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection([new(FunctionCatalog.ScriptRootKey, BuildOutput.FunctionsScriptRoot)]);
        foreach (var timers in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TimerScheduler)).ToList())
        {
            builder.Services.Remove(timers);
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        var app = FunctionsApp.Build(builder);
        await app.StartAsync().ConfigureAwait(false);

        // Workloads arrange rows straight into storage: they must not race start-up's table creation.
        await app.Services.GetRequiredService<StorageSchemaStatus>().Created.ConfigureAwait(false);
        return new InProcessApp(app);
    }

    /// <summary>Connects a user as the task pane's first run does: subscriptions plus back-fill.</summary>
    public async Task ConnectAsync(UserKey user)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserConnector>().ConnectAsync(user, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Runs a timer function now, as its schedule would.</summary>
    public async Task RunTimerAsync(string function) =>
        await _app.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync(function, new TimerTick(IsPastDue: false, null, null), CancellationToken.None).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
