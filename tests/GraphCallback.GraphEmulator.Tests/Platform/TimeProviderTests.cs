using GraphCallback.GraphEmulator.Tests.Support;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Platform;

/// <summary>The emulator reads every clock through the injected TimeProvider, so tests can move time.</summary>
public sealed class TimeProviderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly EmulatorFixture _emulator = new();
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        _app = GraphEmulator.EmulatorApp.Build(["--urls", baseUrl, "--scenario", "demo", "--Logging:LogLevel:Default", "Warning"], s => s.AddSingleton<TimeProvider>(_clock));
        await _app.StartAsync();
        _emulator.UseRunning(baseUrl);
    }

    public async Task DisposeAsync()
    {
        await _app!.StopAsync();
        await _app.DisposeAsync();
        _emulator.Control.Dispose();
    }

    [Fact]
    public async Task Scenario_times_are_relative_to_the_injected_now()
    {
        var page = await _emulator.Graph().Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r => r.QueryParameters.Top = 1);

        Assert.Equal(_clock.GetUtcNow() - TimeSpan.FromMinutes(25), page!.Value!.Single().ReceivedDateTime);
    }

    [Fact]
    public async Task A_token_expires_when_the_clock_moves_past_it()
    {
        var token = await _emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "User.Read", lifetimeMinutes = 60 });
        var graph = _emulator.Graph(token);
        Assert.NotNull(await graph.Me.GetAsync());

        _clock.Advance(TimeSpan.FromMinutes(66));
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Me.GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
    }

    [Fact]
    public async Task A_delta_link_older_than_the_token_lifetime_is_410()
    {
        var graph = _emulator.Graph();
        var first = await graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Top = 50);

        _clock.Advance(TimeSpan.FromDays(31));
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.WithUrl(first!.OdataDeltaLink!).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
    }
}
