using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;

namespace GraphCallback.EndToEnd.Tests.TaskPane;

/// <summary>The app serves the pane's files under /pane/ and its sign-in settings from app settings.</summary>
public sealed class TaskPaneHostingTests : IAsyncLifetime
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "pane-" + Guid.NewGuid().ToString("N"));
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_content, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_content, "index.html"), "<!doctype html><title>pane</title>");
        await File.WriteAllTextAsync(Path.Combine(_content, "assets", "pane-abc123.js"), "console.log(1)");
        _system = await SystemUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["TaskPane:ContentPath"] = _content,
            ["TaskPane:ClientId"] = "0a1b2c3d-0000-4000-8000-000000000001",
        });
    }

    public async Task DisposeAsync()
    {
        await _system.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task The_page_is_never_cached_and_its_hashed_assets_always_are()
    {
        using var page = await _system.Client.GetAsync(new Uri("pane/?host=outlook", UriKind.Relative));
        using var asset = await _system.Client.GetAsync(new Uri("pane/assets/pane-abc123.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.True(page.Headers.CacheControl?.NoCache);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.True(asset.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task Pane_without_a_slash_redirects_and_unknown_or_escaping_paths_are_404()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _system.AppUrl };
        using var bare = await noRedirects.GetAsync(new Uri("pane?host=teams", UriKind.Relative));
        using var missing = await _system.Client.GetAsync(new Uri("pane/nothing.js", UriKind.Relative));
        using var escaping = await _system.Client.GetAsync(new Uri("pane/..%2F..%2Fappsettings.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/pane/?host=teams", bare.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, escaping.StatusCode);
    }

    [Fact]
    public async Task Config_names_the_pane_client_the_authority_and_the_api_scope()
    {
        var config = await _system.Client.GetFromJsonAsync<JsonElement>(new Uri("pane/config.json", UriKind.Relative));

        Assert.Equal("0a1b2c3d-0000-4000-8000-000000000001", config.GetProperty("clientId").GetString());
        Assert.Equal(new Uri(_system.EmulatorHttps, "organizations").ToString(), config.GetProperty("authority").GetString());
        Assert.Equal($"api://{Demo.ClientId}/access_as_user", config.GetProperty("apiScope").GetString());
    }
}
