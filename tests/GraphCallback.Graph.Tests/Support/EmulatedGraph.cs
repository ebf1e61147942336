using GraphCallback.GraphEmulator;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GraphCallback.Graph.Tests.Support;

/// <summary>The Graph emulator with its demo scenario on a free port, and a real GraphServiceClient pointed at it.</summary>
public sealed class EmulatedGraph : IAsyncLifetime
{
    public const string Megan = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    /// <summary>The demo scenario's registration of GraphCallback.</summary>
    public const string DemoClientId = "7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f";

    private WebApplication? _app;

    public GraphServiceClient Client { get; private set; } = null!;

    /// <summary>The emulator's clock: the suite's, so seeded times and tokens follow the suite's instant.</summary>
    public SuiteClock Clock { get; } = SuiteClock.Start();

    /// <summary>The emulator's control API (faults, counters, acting as the user).</summary>
    public HttpClient Control { get; } = new();

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        _app = EmulatorApp.Build(["--urls", url, "--scenario", "demo", "--Logging:LogLevel:Default", "Warning"], services => services.AddSingleton<TimeProvider>(Clock));
        await _app.StartAsync();
        Control.BaseAddress = new Uri(url + "/_emulator/");

        // The adapters act with the demo registration's roles: exactly the app's application permissions.
        Client = new GraphServiceClient(GraphClientFactory.Create(), new MintedTokens(Control.BaseAddress, new { clientId = DemoClientId }).Provider(), url + "/v1.0");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Control.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
