using GraphCallback.Core.Users;
using GraphCallback.Functions;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Hosting.StandAlone;
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

    public static async Task<InProcessApp> StartAsync(Uri url, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = FunctionsApp.CreateBuilder(["--urls", url.ToString().TrimEnd('/')]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection([new(FunctionCatalog.ScriptRootKey, BuildOutput.FunctionsScriptRoot)]);
        foreach (var timers in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TimerScheduler)).ToList())
        {
            builder.Services.Remove(timers);
        }

        var app = FunctionsApp.Build(builder);
        await app.StartAsync().ConfigureAwait(false);
        return new InProcessApp(app);
    }

    /// <summary>Connects a user as the task pane's first run does: subscriptions plus back-fill.</summary>
    public async Task ConnectAsync(UserKey user)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserConnector>().ConnectAsync(user, CancellationToken.None).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
