using System.Globalization;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>
/// The real app (FunctionsApp, real Kestrel) on a free loopback port, with a test script root and
/// test services. In custom-handler mode it listens where FUNCTIONS_CUSTOMHANDLER_PORT says.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, Uri baseAddress)
    {
        App = app;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static WebApplication Build(string scriptRoot, Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null)
    {
        var builder = FunctionsApp.CreateBuilder([]);
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?>
        {
            [FunctionCatalog.ScriptRootKey] = scriptRoot,

            // Bearer authentication reads every request, so like any deployment the app needs its
            // identity even where a test never sends a token.
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-00000000c11e",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);

        // The suite's clock unless the test brings its own: nothing here may run on the hour of the run.
        builder.Services.AddSingleton<TimeProvider>(SuiteClock.Start());
        services?.Invoke(builder.Services);
        return FunctionsApp.Build(builder);
    }

    public static async Task<TestApp> StartAsync(
        string scriptRoot,
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? settings = null,
        bool customHandler = false)
    {
        var port = FreePort.Next();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (customHandler)
        {
            all[HostingMode.CustomHandlerPortKey] = port.ToString(CultureInfo.InvariantCulture);
        }

        var app = Build(scriptRoot, services, all);
        var address = new Uri($"http://127.0.0.1:{port}");
        if (!customHandler)
        {
            app.Urls.Add(address.ToString().TrimEnd('/'));
        }

        await app.StartAsync();
        return new TestApp(app, address);
    }

    /// <summary>The stand-alone app on the given storage with one queue function, for the queue listener's tests.</summary>
    public static Task<TestApp> StartAsync(ScriptRoot root, string storageConnectionString, IQueueFunction function, Action<IServiceCollection>? services = null) =>
        StartAsync(
            root.Path,
            all =>
            {
                all.AddSingleton(function);
                services?.Invoke(all);
            },
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = storageConnectionString });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
