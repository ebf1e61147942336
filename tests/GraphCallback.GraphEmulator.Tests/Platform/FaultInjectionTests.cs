using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Platform;

[Collection(EmulatorCollection.Name)]
public sealed class FaultInjectionTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string UserRoute = "GET /v1.0/users/{user}";

    public async Task InitializeAsync()
    {
        await emulator.ResetAsync();
        (await emulator.Control.DeleteAsync("counters")).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_SDK_retry_handler_recovers_from_injected_429s_and_the_counters_show_the_retries()
    {
        await emulator.ControlPostAsync("faults", new { kind = "Throttle", route = "/v1.0/users/{user}", method = "GET", count = 2, retryAfterSeconds = 0 });

        var user = await emulator.Graph().Users[DemoUsers.Megan].GetAsync();

        Assert.Equal("Megan Bowen", user!.DisplayName);
        var counters = await emulator.ControlGetAsync("counters");
        Assert.Equal(3, counters.GetProperty(UserRoute).GetInt64());
    }

    [Fact]
    public async Task A_persistent_503_surfaces_after_the_SDK_gives_up()
    {
        await emulator.ControlPostAsync("faults", new { kind = "Unavailable", route = "/v1.0/users/*", retryAfterSeconds = 0 });

        // The SDK's RetryHandler reports exhausted retries as an AggregateException of the failed attempts.
        var error = await Assert.ThrowsAsync<AggregateException>(() => emulator.Graph().Users[DemoUsers.Megan].GetAsync());

        Assert.All(error.InnerExceptions, e => Assert.Equal(503, Assert.IsAssignableFrom<Microsoft.Kiota.Abstractions.ApiException>(e).ResponseStatusCode));
        var counters = await emulator.ControlGetAsync("counters");
        Assert.Equal(4, counters.GetProperty(UserRoute).GetInt64());
    }

    [Fact]
    public async Task Counters_count_each_route_template_separately_and_reset()
    {
        var graph = emulator.Graph();
        await graph.Users[DemoUsers.Megan].GetAsync();
        await graph.Users[DemoUsers.Alex].GetAsync();
        await graph.Users.GetAsync();

        var counters = await emulator.ControlGetAsync("counters");
        (await emulator.Control.DeleteAsync("counters")).EnsureSuccessStatusCode();
        var after = await emulator.ControlGetAsync("counters");

        Assert.Equal(2, counters.GetProperty(UserRoute).GetInt64());
        Assert.Equal(1, counters.GetProperty("GET /v1.0/users").GetInt64());
        Assert.False(after.TryGetProperty(UserRoute, out _));
    }

    [Fact]
    public async Task An_unknown_Graph_segment_is_a_400_naming_it()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() =>
            emulator.Graph().Users[DemoUsers.Megan].Photo.GetAsync());

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("photo", error.Error?.Message, StringComparison.Ordinal);
    }
}
