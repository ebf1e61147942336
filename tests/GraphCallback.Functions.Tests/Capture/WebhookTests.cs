using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Storage;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Storage.Queues;
using GraphCallback.Storage.Subscriptions;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Capture;

/// <summary>The Graph webhook against the real app and a real Azurite queue: handshake, verification, shapes of refusal.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebhookTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _queueName = "n" + Guid.NewGuid().ToString("N")[..20];
    private readonly ScriptRoot _root = new();
    private readonly UserKey _owner = new(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
    private SubscriptionRecord _subscription = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        var functions = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "functions");
        foreach (var name in new[] { "Notifications", "NotificationsLifecycle" })
        {
            _root.WithFunction(name, await File.ReadAllTextAsync(Path.Combine(functions, name, "function.json")));
        }

        _root.WithQueue(NotificationsEndpoints.ProcessingFunction, _queueName);

        // Custom-handler mode: no queue listener, so what the webhook queues stays on the queue to inspect.
        _app = await TestApp.StartAsync(
            _root.Path,
            settings: new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Webhook:MaxBodyBytes"] = "4096",
            },
            customHandler: true);

        // Start-up's own table and queue creation is done before any test counts Table requests.
        await _app.App.Services.GetRequiredService<StorageSchemaStatus>().Created;

        var store = new SubscriptionStore(new TableServiceClient(azurite.ConnectionString));
        await store.CreateTableIfNotExistsAsync();
        _subscription = new SubscriptionRecord(
            Guid.NewGuid().ToString(), _owner, _owner.TenantId, $"users/{_owner.ObjectId}/mailFolders('inbox')/messages",
            SubscriptionPurpose.InboxMessages, SubscriptionStore.NewClientState(), _app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(2));
        await store.SaveAsync(_subscription);
        await new WorkQueue(azurite.ConnectionString, _queueName).CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _root.Dispose();
    }

    [Theory]
    [InlineData("/api/notifications")]
    [InlineData("/api/notifications/lifecycle")]
    public async Task The_validation_handshake_echoes_the_decoded_token_as_plain_text(string path)
    {
        using var response = await _app.Client.PostAsync(path + "?validationToken=Validation%3A%20Testing%20client%20application%20reachability", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing client application reachability", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_verified_notification_is_queued_with_its_owner_and_answered_202()
    {
        using var response = await PostAsync(Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-1"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = Assert.Single(await QueuedAsync());
        Assert.Equal(_subscription.Id, queued.SubscriptionId);
        Assert.Equal(_owner.PartitionKey, queued.Owner);
        Assert.Equal("AAMkAD-1", queued.ResourceId);
        Assert.Equal("created", queued.ChangeType);
        Assert.Equal(nameof(SubscriptionPurpose.InboxMessages), queued.Purpose);
    }

    [Fact]
    public async Task Notifications_with_a_wrong_client_state_or_an_unknown_subscription_are_acknowledged_but_never_queued()
    {
        using var response = await PostAsync(
            Notification(_subscription.Id, "forged", "AAMkAD-1"),
            Notification(Guid.NewGuid().ToString(), _subscription.ClientState, "AAMkAD-2"),
            Notification(_subscription.Id, null, "AAMkAD-3"),
            Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-4"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["AAMkAD-4"], (await QueuedAsync()).Select(w => w.ResourceId));
    }

    [Fact]
    public async Task The_notifications_of_one_post_go_on_the_queue_as_one_message_in_their_order()
    {
        using var response = await PostAsync(
            Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-1"),
            Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-2"),
            Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-3"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var message = Assert.Single(await MessagesAsync());
        Assert.Equal(["AAMkAD-1", "AAMkAD-2", "AAMkAD-3"], CaptureWork.Unpack(message).Select(w => w.ResourceId));
    }

    [Fact]
    public async Task A_subscription_is_read_from_the_table_once_not_per_notification()
    {
        using var requests = new TableRequestLog(_app.App.Services);

        using var first = await PostAsync(Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-1"));
        using var second = await PostAsync(
            Notification(_subscription.Id, _subscription.ClientState, "AAMkAD-2"),
            Notification(_subscription.Id, "forged", "AAMkAD-3"));

        Assert.Equal(["GET"], requests.Methods);
        Assert.Equal(["AAMkAD-1", "AAMkAD-2"], (await QueuedAsync()).Select(w => w.ResourceId));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"items\":[]}")]
    [InlineData("[]")]
    public async Task A_malformed_body_gets_400_problem_details_and_nothing_is_queued(string body)
    {
        using var response = await _app.Client.PostAsync("/api/notifications", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("value", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await QueuedAsync());
    }

    [Fact]
    public async Task A_body_over_the_size_cap_gets_413_and_nothing_is_queued()
    {
        var many = Enumerable.Range(0, 40).Select(i => Notification(_subscription.Id, _subscription.ClientState, $"AAMkAD-{i}")).ToArray();

        using var response = await PostAsync(many);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await QueuedAsync());
    }

    [Fact]
    public async Task A_lifecycle_event_is_queued_for_processing()
    {
        var lifecycle = new Dictionary<string, object?>
        {
            ["subscriptionId"] = _subscription.Id,
            ["clientState"] = _subscription.ClientState,
            ["lifecycleEvent"] = "reauthorizationRequired",
            ["tenantId"] = _owner.TenantId,
        };

        using var response = await _app.Client.PostAsJsonAsync("/api/notifications/lifecycle", new { value = new[] { lifecycle } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("reauthorizationRequired", Assert.Single(await QueuedAsync()).LifecycleEvent);
    }

    private static Dictionary<string, object?> Notification(string subscriptionId, string? clientState, string messageId) => new()
    {
        ["subscriptionId"] = subscriptionId,
        ["clientState"] = clientState,
        ["changeType"] = "created",
        ["resource"] = $"Users/x/Messages/{messageId}",
        ["resourceData"] = new Dictionary<string, object?> { ["@odata.type"] = "#Microsoft.Graph.Message", ["id"] = messageId },
        ["tenantId"] = Guid.NewGuid().ToString(),
    };

    private Task<HttpResponseMessage> PostAsync(params Dictionary<string, object?>[] notifications) =>
        _app.Client.PostAsJsonAsync("/api/notifications", new { value = notifications });

    private async Task<IReadOnlyList<CaptureWork>> QueuedAsync() =>
        [.. (await MessagesAsync()).SelectMany(CaptureWork.Unpack)];

    private async Task<IReadOnlyList<string>> MessagesAsync()
    {
        var queue = new QueueClient(azurite.ConnectionString, _queueName, WorkQueue.Options);
        var messages = (await queue.ReceiveMessagesAsync(32)).Value;
        return [.. messages.Select(m => m.MessageText)];
    }
}
