using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>The task pane's settings (validated, optimistic concurrency) and its first-run connect.</summary>
public sealed class SettingsAndConnectApiTests : IAsyncLifetime
{
    private const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Settings_are_validated_saved_per_user_and_guarded_by_their_etag()
    {
        var megan = await _system.MintAsync(Demo.Megan);
        using var defaults = await _system.SendAsync(HttpMethod.Get, "api/settings", megan);
        Assert.Equal(HttpStatusCode.OK, defaults.StatusCode);
        var body = await defaults.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(24, body.GetProperty("slaHours").GetInt32());

        using (var invalid = await _system.SendAsync(HttpMethod.Put, "api/settings", megan, new { slaHours = 0, defaultRegion = "XX" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("slaHours", out _));
            Assert.True(errors.TryGetProperty("defaultRegion", out _));
            Assert.False(errors.TryGetProperty("minutesPerCall", out _));
        }

        string firstEtag;
        using (var saved = await _system.SendAsync(HttpMethod.Put, "api/settings", megan, new { slaHours = 8, escalationHours = 16, defaultRegion = "GB", priorityOrder = new[] { "Colleague", "Client", "KnownContact", "Vendor", "Unknown" } }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            firstEtag = saved.Headers.ETag!.ToString();
        }

        using (var read = await _system.SendAsync(HttpMethod.Get, "api/settings", megan))
        {
            Assert.Equal(firstEtag, read.Headers.ETag!.ToString());
            var settings = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(8, settings.GetProperty("slaHours").GetInt32());
            Assert.Equal("Colleague", settings.GetProperty("priorityOrder")[0].GetString());
        }

        using (var current = await _system.SendAsync(HttpMethod.Put, "api/settings", megan, new { slaHours = 10, defaultRegion = "GB" }, firstEtag))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }

        using (var stale = await _system.SendAsync(HttpMethod.Put, "api/settings", megan, new { slaHours = 12, defaultRegion = "GB" }, firstEtag))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        }

        using (var after = await _system.SendAsync(HttpMethod.Get, "api/settings", megan))
        {
            Assert.Equal(10, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slaHours").GetInt32());
        }

        using var alex = await _system.SendAsync(HttpMethod.Get, "api/settings", await _system.MintAsync(Alex));
        Assert.Equal(24, (await alex.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slaHours").GetInt32());
    }

    [Fact]
    public async Task Connect_subscribes_and_back_fills_the_signed_in_user()
    {
        var megan = await _system.MintAsync(Demo.Megan);

        using var connect = await _system.SendAsync(HttpMethod.Post, "api/connect", megan);

        Assert.Equal(HttpStatusCode.OK, connect.StatusCode);
        var state = await connect.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(state.GetProperty("subscribed").GetBoolean());
        Assert.True(state.GetProperty("backFilled").GetBoolean());
        using var list = await _system.SendAsync(HttpMethod.Get, "api/followups", megan);
        Assert.NotEmpty((await list.Content.ReadFromJsonAsync<JsonElement[]>())!);
    }
}
