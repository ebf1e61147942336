using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using GraphCallback.Graph.Connection;
using GraphCallback.GraphEmulator;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.Reliability.Tests.Support;

/// <summary>
/// The app scaled out on loopback: one Azurite with a data folder (so it can be restarted), one
/// Graph emulator (in this process, on the suite's clock, with the demo tenant but no seeded
/// calls), two app instances as processes of their own, and a front door that Graph's webhooks
/// and the user's pane reach them through.
/// </summary>
internal sealed class ScaledOutSystem : IAsyncDisposable
{
    public const string ClientId = "7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f";
    private const string ClientSecret = "demo-secret-not-for-production";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphcallback-reliability-" + Guid.NewGuid().ToString("N"));
    private readonly List<AppInstance> _instances = [];
    private WebApplication _emulator = null!;
    private FrontDoor _frontDoor = null!;
    private Uri _emulatorHttps = null!;

    private ScaledOutSystem(SuiteClock clock)
    {
        Clock = clock;
        Azurite = AzuriteFixture.InFolder(Path.Combine(_folder, "azurite"));
    }

    public SuiteClock Clock { get; }

    public AzuriteFixture Azurite { get; }

    public IReadOnlyList<AppInstance> Instances => _instances;

    /// <summary>The emulator's control API (/_emulator/): never faulted, as the user's own To Do app is not.</summary>
    public HttpClient Control { get; } = new();

    /// <summary>The app through its front door, as the pane reaches it.</summary>
    public HttpClient App { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The emulator's Graph, for reading what the app wrote (calendars).</summary>
    public Uri GraphUrl { get; private set; } = null!;

    public static async Task<ScaledOutSystem> StartAsync(int instances)
    {
        var system = new ScaledOutSystem(SuiteClock.Start());
        Directory.CreateDirectory(system._folder);
        await system.Azurite.InitializeAsync();
        await system.StartEmulatorAsync();
        system._frontDoor = new FrontDoor(system._instances);
        await system._frontDoor.StartAsync();
        system.App.BaseAddress = system._frontDoor.Url;
        var settings = system.AppSettings();
        for (var i = 0; i < instances; i++)
        {
            system._instances.Add(new AppInstance(((char)('A' + i)).ToString(), settings, system.Clock));
        }

        // Started one after the other: two first starts racing to create tables is not the story here.
        foreach (var instance in system._instances)
        {
            await instance.StartAsync();
        }

        return system;
    }

    /// <summary>A token the emulator signs on its HTTPS authority, as Entra ID would for the pane (or for Graph, with another audience).</summary>
    public async Task<string> TokenAsync(string user, string scopes = "access_as_user", string? audience = null)
    {
        using var handler = new TrustedCertificate(CertificatePath).CreateHandler();
        using var https = new HttpClient(handler) { BaseAddress = new Uri(_emulatorHttps, "_emulator/") };
        using var response = await https.PostAsJsonAsync("tokens", new { user, clientId = ClientId, audience = audience ?? "api://" + ClientId, scopes });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A request to the app as <paramref name="token"/>'s user.</summary>
    public async Task<HttpResponseMessage> AsUserAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await App.SendAsync(request);
    }

    /// <summary>Moves the suite's clock (the test's and the emulator's) and every running instance's by <paramref name="by"/>.</summary>
    public async Task AdvanceClocksAsync(TimeSpan by)
    {
        Clock.Advance(by);
        foreach (var instance in _instances.Where(i => i.IsRunning))
        {
            await instance.AdvanceClockAsync(Control, by);
        }
    }

    /// <summary>How many messages the app's queues still hold, visible or hidden.</summary>
    public async Task<int> QueuedAsync()
    {
        var total = 0;
        foreach (var name in new[] { "notifications", "sync" })
        {
            var properties = await new QueueClient(Azurite.ConnectionString, name).GetPropertiesAsync();
            total += properties.Value.ApproximateMessagesCount;
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _frontDoor.DisposeAsync();
        await _emulator.StopAsync();
        await _emulator.DisposeAsync();
        await Azurite.DisposeAsync();
        Control.Dispose();
        App.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string CertificatePath => Path.Combine(_folder, "emulator.pem");

    private async Task StartEmulatorAsync()
    {
        GraphUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var https = $"https://localhost:{FreePort.Next()}";
        _emulator = EmulatorApp.Build(
        [
            "--urls", $"{GraphUrl.ToString().TrimEnd('/')};{https}",
            "--scenario", QuietDemo(),
            "--Emulator:CertificatePath", CertificatePath,
            "--Emulator:NotificationRetryBaseDelay", "00:00:00.200",
            "--Logging:LogLevel:Default", "Warning",
        ],
        services => services.AddSingleton<TimeProvider>(Clock));
        await _emulator.StartAsync();
        _emulatorHttps = new Uri(https + "/");
        Control.BaseAddress = new Uri(GraphUrl, "/_emulator/");
    }

    /// <summary>The demo tenant, users, contacts and calendars, without the calls it seeds: every call of the run is the suite's own, so it knows the truth.</summary>
    private string QuietDemo()
    {
        var demo = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.GraphEmulator", "Scenarios", "demo.json");
        var scenario = JsonNode.Parse(File.ReadAllText(demo), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        foreach (var user in scenario["users"]!.AsArray())
        {
            foreach (var calls in new[] { "voicemails", "missedCalls", "callRecords", "pstnCalls" })
            {
                user!.AsObject().Remove(calls);
            }
        }

        var path = Path.Combine(_folder, "scenario.json");
        File.WriteAllText(path, scenario.ToJsonString());
        return path;
    }

    private Dictionary<string, string?> AppSettings() => new()
    {
        ["Functions:ScriptRoot"] = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "functions"),
        ["Storage:ConnectionString"] = Azurite.ConnectionString,
        ["Graph:BaseUrl"] = new Uri(GraphUrl, "/v1.0").ToString(),
        ["AzureAd:Instance"] = _emulatorHttps.ToString(),
        ["AzureAd:ClientId"] = ClientId,
        ["AzureAd:ClientSecret"] = ClientSecret,
        ["AzureAd:DisableInstanceDiscovery"] = "true",
        [TrustedCertificate.ConfigurationKey] = CertificatePath,
        ["Webhook:PublicBaseUrl"] = _frontDoor.Url.ToString(),
        ["Logging:LogLevel:Default"] = "Warning",

        // The suite squeezes a catch-up cycle (15 minutes of the apps' clocks) into two minutes of
        // real time, and queue visibility runs on real time: retries and busy-user waits are
        // squeezed with it, so a message that failed under the faults is not still hidden after.
        ["QueueListener:FirstRetry"] = "00:00:01",
        ["QueueListener:RetryGrowth"] = "2",
        ["QueueListener:LongestRetry"] = "00:00:10",
        ["UserOrdering:BusyRetryAfter"] = "00:00:02",
    };
}
