using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.HostProtocol;

/// <summary>
/// The app as the Functions host sees it in custom-handler mode: POST /{FunctionName} with the
/// host's invocation payload, answered in the host's response shape.
/// </summary>
public sealed class InvocationTests : IAsyncLifetime
{
    private readonly ScriptRoot _root = new ScriptRoot().WithTimer("Sweep", "0 */5 * * * *").WithQueue("Sync", "sync");
    private readonly RecordingQueueFunction _sync = new("Sync");
    private readonly RecordingTimerFunction _sweep = new("Sweep", SuiteClock.Start());
    private TestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestApp.StartAsync(
            _root.Path,
            services => services.AddSingleton<IQueueFunction>(_sync).AddSingleton<ITimerFunction>(_sweep),
            customHandler: true);

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task A_queue_invocation_reaches_the_handler_and_is_answered_in_the_hosts_shape()
    {
        // The payload as the custom handler documentation shows it for a queue trigger.
        const string payload = """
            {
              "Data": { "message": "{ \"itemId\": \"AAMk-1\" }" },
              "Metadata": {
                "DequeueCount": 1,
                "ExpirationTime": "2026-03-09T10:00:00+00:00",
                "Id": "800ae4b3-bdd2-4c08-badd-f08e5a34b865",
                "InsertionTime": "2026-03-02T10:00:00+00:00",
                "NextVisibleTime": "2026-03-02T10:10:01+00:00",
                "PopReceipt": "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
                "sys": { "MethodName": "Sync", "UtcNow": "2026-03-02T10:00:01.2205399Z", "RandGuid": "24ad4c06-24ad-4e5b-8294-3da9714877e9" }
              }
            }
            """;

        using var response = await PostAsync("/Sync", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new QueueDelivery("800ae4b3-bdd2-4c08-badd-f08e5a34b865", """{ "itemId": "AAMk-1" }""", 1), Assert.Single(_sync.Deliveries));
        await AssertHostResponseAsync(response);
    }

    [Theory]
    [InlineData("\"hello\"", "\"abc\"", "2")]
    [InlineData("\"\\\"hello\\\"\"", "\"\\\"abc\\\"\"", "\"2\"")]
    public async Task Queue_values_are_read_whether_or_not_the_host_encoded_them_twice(string message, string id, string dequeueCount)
    {
        // Json.NET in the host serialises each value before embedding it: strings arrive quoted
        // inside the JSON string, numbers as strings.
        using var response = await PostAsync("/Sync", $$"""{ "Data": { "message": {{message}} }, "Metadata": { "Id": {{id}}, "DequeueCount": {{dequeueCount}} } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new QueueDelivery("abc", "hello", 2), Assert.Single(_sync.Deliveries));
    }

    [Fact]
    public async Task A_json_message_the_host_passes_as_an_object_reaches_the_handler_as_its_json_text()
    {
        using var response = await PostAsync("/Sync", """{ "Data": { "message": { "itemId": "AAMk-1" } }, "Metadata": { "Id": "abc", "DequeueCount": 1 } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = JsonDocument.Parse(Assert.Single(_sync.Deliveries).MessageText);
        Assert.Equal("AAMk-1", delivered.RootElement.GetProperty("itemId").GetString());
    }

    [Fact]
    public async Task A_timer_invocation_reaches_the_handler_and_is_answered_in_the_hosts_shape()
    {
        const string payload = """
            {
              "Data": {
                "timer": {
                  "Schedule": { "AdjustForDST": true },
                  "ScheduleStatus": { "Last": "2026-03-02T10:00:00", "Next": "2026-03-02T10:10:00", "LastUpdated": "2026-03-02T10:00:00" },
                  "IsPastDue": true
                }
              },
              "Metadata": { "sys": { "MethodName": "Sweep", "UtcNow": "2026-03-02T10:05:00.1Z", "RandGuid": "24ad4c06-24ad-4e5b-8294-3da9714877e9" } }
            }
            """;

        using var response = await PostAsync("/Sweep", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_sweep.Fired.Task.IsCompleted);
        var (tick, _) = await _sweep.Fired.Task;
        Assert.Equal(
            new TimerTick(true, new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 10, 10, 0, TimeSpan.Zero)),
            tick);
        await AssertHostResponseAsync(response);
    }

    [Fact]
    public async Task A_failing_handler_answers_500_so_the_host_retries()
    {
        using var root = new ScriptRoot().WithQueue("Sync", "sync");
        await using var app = await TestApp.StartAsync(
            root.Path,
            services => services.AddSingleton<IQueueFunction>(new RecordingQueueFunction("Sync", new InvalidOperationException("Graph said no"))),
            customHandler: true);

        using var response = await app.Client.PostAsync(
            "/Sync",
            new StringContent("""{ "Data": { "message": "hello" }, "Metadata": { "Id": "abc", "DequeueCount": 1 } }""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Graph said no", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payload_without_the_trigger_value_is_refused_without_calling_the_handler()
    {
        using var response = await PostAsync("/Sync", """{ "Data": { "somethingElse": "hello" }, "Metadata": { "Id": "abc", "DequeueCount": 1 } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_sync.Deliveries);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string payload) =>
        _app.Client.PostAsync(path, new StringContent(payload, Encoding.UTF8, "application/json"));

    private static async Task AssertHostResponseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Outputs", "Logs", "ReturnValue"], body.EnumerateObject().Select(p => p.Name));
        Assert.Empty(body.GetProperty("Outputs").EnumerateObject());
        Assert.All(body.GetProperty("Logs").EnumerateArray(), log => Assert.Equal(JsonValueKind.String, log.ValueKind));
        Assert.NotEqual(0, body.GetProperty("Logs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
    }
}
