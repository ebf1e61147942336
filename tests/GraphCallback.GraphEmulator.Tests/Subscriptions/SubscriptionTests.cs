using System.Text.Json;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Subscriptions;

[Collection(EmulatorCollection.Name)]
public sealed class SubscriptionTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private TestWebhook _webhook = null!;

    public async Task InitializeAsync()
    {
        await emulator.ResetAsync();
        _webhook = await TestWebhook.StartAsync();
    }

    public async Task DisposeAsync() => await _webhook.DisposeAsync();

    [Fact]
    public async Task A_subscription_is_validated_then_a_new_voicemail_is_notified_with_client_state()
    {
        var graph = emulator.Graph(await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "Mail.Read" }));

        var subscription = await graph.Subscriptions.PostAsync(Inbox("me/mailFolders('Inbox')/messages", "secret-state"));
        var added = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/voicemails", new { callerNumber = "+44 20 7946 0130", durationSeconds = 7 });
        var body = await _webhook.NextAsync();

        Assert.Equal(2, _webhook.ValidationRequests);
        var notification = Assert.Single(body.GetProperty("value").EnumerateArray());
        Assert.Equal(subscription!.Id, notification.GetProperty("subscriptionId").GetString());
        Assert.Equal("secret-state", notification.GetProperty("clientState").GetString());
        Assert.Equal("created", notification.GetProperty("changeType").GetString());
        Assert.Equal(DemoUsers.TenantId, notification.GetProperty("tenantId").GetString());
        var id = added.GetProperty("id").GetString();
        Assert.Equal($"Users/{DemoUsers.Megan}/Messages/{id}", notification.GetProperty("resource").GetString());
        Assert.Equal(id, notification.GetProperty("resourceData").GetProperty("id").GetString());
        Assert.Equal("#Microsoft.Graph.Message", notification.GetProperty("resourceData").GetProperty("@odata.type").GetString());
        Assert.True(notification.TryGetProperty("subscriptionExpirationDateTime", out _));
    }

    [Fact]
    public async Task A_webhook_that_echoes_the_wrong_token_is_rejected_with_ValidationError()
    {
        _webhook.WrongEcho = true;

        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "x")));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ValidationError", error.Error?.Code);
    }

    [Fact]
    public async Task A_webhook_that_echoes_the_token_as_anything_but_text_plain_is_rejected_with_ValidationError()
    {
        _webhook.EchoContentType = "application/json";

        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "x")));

        Assert.Equal((400, "ValidationError"), (error.ResponseStatusCode, error.Error?.Code));
        Assert.Equal(1, _webhook.ValidationRequests);
    }

    [Fact]
    public async Task The_list_of_an_apps_subscriptions_is_paged_with_a_next_link()
    {
        var graph = emulator.Graph();
        string[] changeTypes = ["created", "updated", "deleted", "created,updated", "created,deleted", "updated,deleted", "created,updated,deleted"];
        var created = new List<string>();
        foreach (var user in new[] { DemoUsers.Megan, DemoUsers.Alex })
        {
            foreach (var changeType in changeTypes)
            {
                var subscription = Inbox($"users/{user}/mailFolders('inbox')/messages", "s");
                subscription.ChangeType = changeType;
                created.Add((await graph.Subscriptions.PostAsync(subscription))!.Id!);
            }
        }

        var first = await graph.Subscriptions.GetAsync();
        var second = await graph.Subscriptions.WithUrl(first!.OdataNextLink!).GetAsync();

        Assert.Equal(10, first.Value!.Count);
        Assert.Null(second!.OdataNextLink);
        Assert.Equal(created.Order(StringComparer.Ordinal), first.Value.Concat(second.Value!).Select(s => s.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_resource_and_change_type_twice_for_one_app_is_409()
    {
        var graph = emulator.Graph();
        await graph.Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "a"));

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions.PostAsync(Inbox($"users/{DemoUsers.MeganUpn}/mailFolders/inbox/messages", "b")));

        Assert.Equal(409, error.ResponseStatusCode);
    }

    [Fact]
    public async Task An_expiration_beyond_the_maximum_for_the_resource_is_400()
    {
        var request = Inbox("communications/callRecords", "x");
        request.ExpirationDateTime = emulator.Clock.GetUtcNow().AddMinutes(4230 + 60);

        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Subscriptions.PostAsync(request));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("4230", error.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renew_list_and_delete_work_on_the_app_subscriptions()
    {
        var graph = emulator.Graph();
        var created = await graph.Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "a"));
        var later = emulator.Clock.GetUtcNow().AddDays(6);

        var renewed = await graph.Subscriptions[created!.Id].PatchAsync(new Subscription { ExpirationDateTime = later });
        var listed = await graph.Subscriptions.GetAsync();
        await graph.Subscriptions[created.Id].DeleteAsync();
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions[created.Id].GetAsync());

        Assert.Equal(later.ToUnixTimeSeconds(), renewed!.ExpirationDateTime!.Value.ToUnixTimeSeconds());
        Assert.Contains(listed!.Value!, s => s.Id == created.Id);
        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task A_failing_webhook_gets_the_notification_again_after_backoff()
    {
        await emulator.Graph().Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "retry"));
        _webhook.FailNext(2);

        await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = "+44 20 7946 0131" });
        var first = await _webhook.NextAsync();
        var second = await _webhook.NextAsync();
        var third = await _webhook.NextAsync();

        var ids = new[] { first, second, third }.Select(b => b.GetProperty("value")[0].GetProperty("resourceData").GetProperty("id").GetString()).Distinct();
        Assert.Single(ids);
        // Failures are counted before the retry is sent, so both are in the log by now; the final
        // success is counted only after our webhook has answered, which this test cannot await.
        var log = await emulator.ControlGetAsync("notifications");
        Assert.Equal(2, log.GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task Notifications_that_accumulate_during_a_delivery_travel_in_one_post()
    {
        await emulator.Graph().Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "batch"));
        var held = _webhook.HoldNext();
        await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = "+44 20 7946 0132" });
        await held;

        for (var i = 0; i < 3; i++)
        {
            await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = $"+44 20 7946 014{i}" });
        }

        _webhook.Release();
        var first = await _webhook.NextAsync();
        var second = await _webhook.NextAsync();

        Assert.Equal(1, first.GetProperty("value").GetArrayLength());
        Assert.Equal(3, second.GetProperty("value").GetArrayLength());
        Assert.Equal(0, (await emulator.ControlGetAsync("notifications")).GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task Call_records_are_notified_to_a_communications_subscription()
    {
        var token = await emulator.MintTokenAsync(new { roles = new[] { "CallRecords.Read.All" } });
        var graph = emulator.Graph(token);
        var request = Inbox("/communications/callRecords", "calls");
        request.ChangeType = "created";
        request.ExpirationDateTime = emulator.Clock.GetUtcNow().AddMinutes(4200);
        await graph.Subscriptions.PostAsync(request);

        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0150", answered = false });
        var body = await _webhook.NextAsync();

        var notification = body.GetProperty("value")[0];
        Assert.Equal($"communications/callrecords/{added.GetProperty("id").GetString()}", notification.GetProperty("resource").GetString(), ignoreCase: true);
        Assert.Equal("#microsoft.graph.callrecord", notification.GetProperty("resourceData").GetProperty("@odata.type").GetString());
    }

    [Fact]
    public async Task A_revised_call_record_is_notified_as_updated_to_a_created_and_updated_subscription()
    {
        var graph = emulator.Graph(await emulator.MintTokenAsync(new { roles = new[] { "CallRecords.Read.All" } }));
        var request = Inbox("/communications/callRecords", "calls");
        request.ExpirationDateTime = emulator.Clock.GetUtcNow().AddMinutes(4200);
        await graph.Subscriptions.PostAsync(request);
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0151" });
        var id = added.GetProperty("id").GetString();
        var created = await _webhook.NextAsync();

        await emulator.ControlPostAsync($"callRecords/{id}/revisions", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0151", answered = true, durationSeconds = 30 });
        var updated = await _webhook.NextAsync();

        Assert.Equal("created", created.GetProperty("value")[0].GetProperty("changeType").GetString());
        var notification = updated.GetProperty("value")[0];
        Assert.Equal("updated", notification.GetProperty("changeType").GetString());
        Assert.Equal(id, notification.GetProperty("resourceData").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_lifecycle_event_goes_to_the_lifecycle_url()
    {
        var subscription = await emulator.Graph().Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "life"));

        using var response = await emulator.Control.PostAsync($"subscriptions/{subscription!.Id}/lifecycle", JsonContent("""{"lifecycleEvent":"reauthorizationRequired"}"""));
        response.EnsureSuccessStatusCode();
        var body = await _webhook.NextAsync();

        var notification = body.GetProperty("value")[0];
        Assert.Equal("reauthorizationRequired", notification.GetProperty("lifecycleEvent").GetString());
        Assert.Equal("life", notification.GetProperty("clientState").GetString());
    }

    [Fact]
    public async Task Dropped_and_duplicated_notifications_can_be_injected()
    {
        await emulator.Graph().Subscriptions.PostAsync(Inbox($"users/{DemoUsers.Megan}/mailFolders('inbox')/messages", "faults"));
        await emulator.ControlPostAsync("faults", new { kind = "DropNotification", count = 1 });
        await emulator.ControlPostAsync("faults", new { kind = "DuplicateNotification", count = 1 });

        await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = "+44 20 7946 0160" });
        var second = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = "+44 20 7946 0161" });
        var ids = new List<string?>();
        while (ids.Count < 2)
        {
            ids.AddRange((await _webhook.NextAsync()).GetProperty("value").EnumerateArray().Select(n => n.GetProperty("resourceData").GetProperty("id").GetString()));
        }

        Assert.All(ids, id => Assert.Equal(second.GetProperty("id").GetString(), id));
        var log = await emulator.ControlGetAsync("notifications");
        Assert.Equal(1, log.GetProperty("dropped").GetInt64());
    }

    private Subscription Inbox(string resource, string clientState) => new()
    {
        ChangeType = "created,updated",
        NotificationUrl = _webhook.Url,
        LifecycleNotificationUrl = _webhook.LifecycleUrl,
        Resource = resource,
        ExpirationDateTime = emulator.Clock.GetUtcNow().AddDays(2),
        ClientState = clientState,
    };

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
