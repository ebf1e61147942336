using System.Net.Http.Json;
using GraphCallback.GraphEmulator;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GraphCallback.GraphEmulator.Tests.Support;

/// <summary>
/// The emulator on a free loopback port with the demo scenario, over real HTTP. Tests that change
/// state reload the scenario first (ResetAsync) so they do not depend on each other's order.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string GraphUrl => BaseUrl + "/v1.0";

    public HttpClient Control { get; } = new();

    /// <summary>The emulator's clock: the suite's, so seeded times and tokens follow the suite's instant.</summary>
    public SuiteClock Clock { get; } = SuiteClock.Start();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        _app = EmulatorApp.Build(
        [
            "--urls", BaseUrl,
            "--scenario", "demo",
            "--Emulator:NotificationRetryBaseDelay", "00:00:00.050",
            "--Logging:LogLevel:Default", "Warning",
        ],
        services => services.AddSingleton<TimeProvider>(Clock));
        await _app.StartAsync().ConfigureAwait(false);
        Control.BaseAddress = new Uri(BaseUrl + "/_emulator/");
    }

    /// <summary>Points this fixture's clients at an emulator a test started itself (e.g. with a FakeTimeProvider).</summary>
    public void UseRunning(string baseUrl)
    {
        BaseUrl = baseUrl;
        Control.BaseAddress = new Uri(BaseUrl + "/_emulator/");
    }

    public async Task DisposeAsync()
    {
        Control.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Every application permission the emulator's routes know: what a test of the emulator itself acts with.</summary>
    public static readonly IReadOnlyList<string> AllRoles =
        ["Mail.ReadWrite", "Mail.Send", "Calendars.ReadWrite", "Tasks.ReadWrite.All", "Contacts.ReadWrite", "MailboxSettings.ReadWrite", "User.Read.All", "CallRecords.Read.All", "TeamsActivity.Send"];

    /// <summary>
    /// A real GraphServiceClient (default middleware: retry, redirect, ...) pointed at the emulator,
    /// sending <paramref name="accessToken"/>, or by default an app token of the demo app with every role.
    /// </summary>
    public GraphServiceClient Graph(string? accessToken = null)
    {
        var http = GraphClientFactory.Create();
        IAuthenticationProvider auth = accessToken is null
            ? new MintedTokens(Control.BaseAddress!, new { clientId = DemoUsers.AppClientId, roles = AllRoles }).Provider()
            : new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(accessToken));
        return new GraphServiceClient(http, auth, GraphUrl);
    }

    /// <summary>Mints a token through the control API.</summary>
    public async Task<string> MintTokenAsync(object request)
    {
        using var response = await Control.PostAsJsonAsync("tokens", request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>().ConfigureAwait(false);
        return body!["access_token"].ToString()!;
    }

    /// <summary>POSTs a control request and returns its JSON answer.</summary>
    public async Task<System.Text.Json.JsonElement> ControlPostAsync(string path, object body)
    {
        using var response = await Control.PostAsJsonAsync(path, body).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>().ConfigureAwait(false);
    }

    public async Task<System.Text.Json.JsonElement> ControlGetAsync(string path)
    {
        using var response = await Control.GetAsync(path).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>().ConfigureAwait(false);
    }

    public async Task ResetAsync()
    {
        using var response = await Control.PostAsJsonAsync("scenario", new { name = "demo" }).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var faults = await Control.DeleteAsync("faults").ConfigureAwait(false);
        faults.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Reloads the demo and then empties <paramref name="user"/>'s calendar, for tests about fixed
    /// dates: the demo seeds its events on the days around the suite's instant, which may be them.
    /// </summary>
    public async Task ResetWithEmptyCalendarAsync(string user)
    {
        await ResetAsync().ConfigureAwait(false);
        var graph = Graph();
        var events = await graph.Users[user].Events.GetAsync(r => r.QueryParameters.Top = 100).ConfigureAwait(false);
        foreach (var seeded in events?.Value ?? [])
        {
            await graph.Users[user].Events[seeded.Id].DeleteAsync().ConfigureAwait(false);
        }
    }

    private sealed class StaticTokenProvider(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}

/// <summary>One emulator for all test classes: start-up is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "emulator";
}
