using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>The API's OpenAPI document is served without a token and lists the task pane's routes only.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task The_document_names_the_task_pane_routes()
    {
        using var response = await _system.Client.GetAsync(new Uri("api/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths");
        foreach (var path in new[] { "/api/followups", "/api/followups/{id}", "/api/followups/{id}/attempts", "/api/settings", "/api/availability", "/api/connect" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.False(paths.TryGetProperty("/api/notifications", out _));
    }
}
