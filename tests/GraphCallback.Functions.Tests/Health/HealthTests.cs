using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using GraphCallback.Functions.Storage;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Health;

/// <summary>Liveness answers without I/O; readiness follows Table storage and start-up's creation of tables and queues.</summary>
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
    public async Task Readiness_is_healthy_when_table_storage_answers_and_the_tables_exist()
    {
        using var root = new ScriptRoot();
        await using var app = await StartAsync(root, azurite.ConnectionString);
        await app.App.Services.GetRequiredService<StorageSchemaStatus>().Created.WaitAsync(SafetyNet);

        using var response = await app.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("storage").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("schema").GetString());
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
        Assert.Equal("unhealthy", problem.GetProperty("checks").GetProperty("schema").GetString());
        Assert.Contains("schema: Tables and queues are not created yet.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_keeps_trying_to_create_the_tables_and_queues_until_storage_answers()
    {
        // An Azurite whose ports are known but which is not running yet: the app starts against nothing.
        var late = new AzuriteFixture();
        try
        {
            using var failures = new FailedSchemaAttempts(late.TablePort);
            using var root = new ScriptRoot();
            await using var app = await TestApp.StartAsync(root.Path, settings: new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = late.ConnectionString,
                ["Storage:SchemaRetryDelay"] = "00:00:00.200",
            });
            var status = app.App.Services.GetRequiredService<StorageSchemaStatus>();

            await failures.First.WaitAsync(SafetyNet);
            Assert.False(status.IsCreated);

            await late.InitializeAsync();
            await status.Created.WaitAsync(SafetyNet);

            var names = new List<string>();
            await foreach (var table in new TableServiceClient(late.ConnectionString).QueryAsync(filter: (string?)null))
            {
                names.Add(table.Name);
            }

            Assert.Contains(FollowUpStore.DefaultTableName, names);
            Assert.Contains(CallBackBlockStore.DefaultTableName, names);
            using var ready = await app.Client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            await late.DisposeAsync();
        }
    }

    // Only stops a broken test from hanging the run; it asserts nothing about speed.
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(2);

    // Azurite's account on a port nobody listens on: connections are refused at once.
    private string DeadStorage() =>
        azurite.ConnectionString
            .Replace(azurite.TablePort.ToString(CultureInfo.InvariantCulture), FreePort.Next().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static Task<TestApp> StartAsync(ScriptRoot root, string connectionString) =>
        TestApp.StartAsync(root.Path, settings: new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString });
}

