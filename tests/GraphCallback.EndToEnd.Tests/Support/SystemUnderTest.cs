using Azure.Data.Tables;
using GraphCallback.Functions;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.GraphEmulator;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>
/// The whole system on loopback: its own Azurite, the Graph emulator (HTTP for Graph, HTTPS for
/// Entra ID, with its demo scenario) and the app in stand-alone mode, configured exactly as a
/// deployment would be, only with the emulator's URLs. Each test gets a fresh one, so the demo
/// users' partitions never carry one test's state into another.
/// </summary>
internal sealed class SystemUnderTest : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphcallback-e2e-" + Guid.NewGuid().ToString("N"));

    public AzuriteFixture Azurite { get; } = new();

    public WebApplication Emulator { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public Uri EmulatorUrl { get; private set; } = null!;

    public Uri AppUrl { get; private set; } = null!;

    /// <summary>The emulator's HTTPS address: the Entra ID authority the app gets its tokens from.</summary>
    public Uri EmulatorHttps { get; private set; } = null!;

    /// <summary>The configuration the app runs with: what a deployment would set as app settings.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings { get; private set; } = new Dictionary<string, string?>();

    public HttpClient Control { get; } = new();

    public HttpClient Client { get; } = new();

    public ActivityWaiter Activities { get; } = new();

    /// <summary>
    /// The one clock of the app, the emulator (tokens, scenario seeding, calendars) and the test's
    /// own expectations: it starts at the suite's instant and runs at real speed.
    /// </summary>
    public SuiteClock Clock { get; private init; } = null!;

    public FollowUpStore FollowUps => new(new TableServiceClient(Azurite.ConnectionString), Clock);

    /// <param name="appSettings">Settings on top of the deployment-like defaults.</param>
    /// <param name="clock">
    /// The suite's clock, or one derived from its instant (<see cref="SuiteClock.StartAt"/>) when the
    /// test's story needs a particular time of day. Azurite and the queue listener's polling stay
    /// on real time.
    /// </param>
    public static async Task<SystemUnderTest> StartAsync(IDictionary<string, string?>? appSettings = null, SuiteClock? clock = null)
    {
        var system = new SystemUnderTest { Clock = clock ?? SuiteClock.Start() };
        await system.Azurite.InitializeAsync();
        await system.StartEmulatorAsync();
        await system.StartAppAsync(appSettings ?? new Dictionary<string, string?>());
        system.EnsureOnSuiteClock();
        return system;
    }

    /// <summary>Connects a user the way the task pane's first run does: subscriptions plus back-fill.</summary>
    public async Task ConnectAsync(Core.Users.UserKey user)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Functions.Capture.UserConnector>().ConnectAsync(user, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Emulator.StopAsync();
        await Emulator.DisposeAsync();
        await Azurite.DisposeAsync();
        Activities.Dispose();
        Control.Dispose();
        Client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Refuses a system whose app or emulator would read another clock than the test's (a default
    /// system clock registered first, say): its expectations would then depend on the hour.
    /// </summary>
    private void EnsureOnSuiteClock()
    {
        foreach (var (name, services) in new[] { ("app", App.Services), ("emulator", Emulator.Services) })
        {
            if (!ReferenceEquals(services.GetRequiredService<TimeProvider>(), Clock))
            {
                throw new InvalidOperationException($"The {name} does not run on the suite's clock ({SuiteClock.Variable}).");
            }
        }
    }

    private async Task StartEmulatorAsync()
    {
        Directory.CreateDirectory(_folder);
        EmulatorUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var https = $"https://localhost:{FreePort.Next()}";
        Emulator = EmulatorApp.Build(
        [
            "--urls", $"{EmulatorUrl.ToString().TrimEnd('/')};{https}",
            "--scenario", "demo",
            "--Emulator:CertificatePath", Path.Combine(_folder, "emulator.pem"),
            "--Emulator:NotificationRetryBaseDelay", "00:00:00.050",
            "--Logging:LogLevel:Default", "Warning",
        ],
        services => services.AddSingleton<TimeProvider>(Clock));
        await Emulator.StartAsync();
        EmulatorHttps = new Uri(https + "/");
        Control.BaseAddress = new Uri(EmulatorUrl, "/_emulator/");
    }

    private async Task StartAppAsync(IDictionary<string, string?> overrides)
    {
        AppUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var settings = new Dictionary<string, string?>
        {
            [FunctionCatalog.ScriptRootKey] = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "functions"),
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Graph:BaseUrl"] = new Uri(EmulatorUrl, "/v1.0").ToString(),
            ["AzureAd:Instance"] = EmulatorHttps.ToString(),
            ["AzureAd:ClientId"] = Demo.ClientId,
            ["AzureAd:ClientSecret"] = Demo.ClientSecret,
            ["AzureAd:DisableInstanceDiscovery"] = "true",
            ["Network:TrustedCertificatePath"] = Path.Combine(_folder, "emulator.pem"),
            ["Webhook:PublicBaseUrl"] = AppUrl.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        AppSettings = settings;

        var builder = FunctionsApp.CreateBuilder(["--urls", AppUrl.ToString().TrimEnd('/')]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);

        App = FunctionsApp.Build(builder);
        await App.StartAsync();

        // Tests arrange rows straight into storage: they must not race start-up's table creation.
        await App.Services.GetRequiredService<Functions.Storage.StorageSchemaStatus>().Created;
        Client.BaseAddress = AppUrl;
    }
}
