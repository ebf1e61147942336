using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Health;

/// <summary>Liveness answers without I/O; readiness follows Table storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Liveness_is_healthy_even_when_storage_is_down()
    {
        using var root = new ScriptRoot();
        await using var app = await StartAsync(root, DeadStorage());

        using var response = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_is_healthy_when_table_storage_answers()
    {
        using var root = new ScriptRoot();
        await using var app = await StartAsync(root, azurite.ConnectionString);

        using var response = await app.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Readiness_is_503_problem_details_when_table_storage_is_unreachable()
    {
        using var root = new ScriptRoot();
        await using var app = await StartAsync(root, DeadStorage());

        using var response = await app.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Not ready", problem.GetProperty("title").GetString());
        Assert.Equal("unhealthy", problem.GetProperty("checks").GetProperty("storage").GetString());
    }

    // Azurite's account on a port nobody listens on: connections are refused at once.
    private string DeadStorage() =>
        azurite.ConnectionString
            .Replace(azurite.TablePort.ToString(CultureInfo.InvariantCulture), FreePort.Next().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static Task<TestApp> StartAsync(ScriptRoot root, string connectionString) =>
        TestApp.StartAsync(root.Path, settings: new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString });
}
