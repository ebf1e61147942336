using Azure.Data.Tables;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Subscriptions;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;
using GraphCallback.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>The hourly renewal timer extends expiring subscriptions and recreates the ones Graph forgot or that report too little.</summary>
public sealed class RenewalTimerTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;
    private TableServiceClient _tables = null!;

    // A window wider than any subscription's life: every subscription counts as expiring.
    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync(new Dictionary<string, string?> { ["Capture:RenewWithinHours"] = "1000" });
        _tables = new TableServiceClient(_system.Azurite.ConnectionString);
        await _system.ConnectAsync(Demo.MeganKey);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Expiring_subscriptions_are_renewed_and_one_graph_forgot_is_recreated()
    {
        var subscriptions = new SubscriptionStore(_tables);
        var inbox = (await subscriptions.FindAsync((await new ConnectionStore(_tables).FindAsync(Demo.MeganKey))!.InboxSubscriptionId!))!;
        var callRecords = Assert.Single(await subscriptions.OwnedByAsync(Demo.TenantId, null));
        // Graph forgets the subscription: its owner, the app, is the only caller allowed to delete it.
        var asTheApp = new MintedTokens(new Uri(_system.EmulatorUrl, "/_emulator/"), new { clientId = Demo.ClientId }).Provider();
        using (var graph = new GraphServiceClient(GraphClientFactory.Create(), asTheApp, new Uri(_system.EmulatorUrl, "/v1.0").ToString()))
        {
            await graph.Subscriptions[inbox.Id].DeleteAsync();
        }

        await _system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync("RenewSubscriptions", new TimerTick(false, null, null), CancellationToken.None);

        var renewed = await subscriptions.FindAsync(callRecords.Id);
        Assert.True(renewed!.ExpiresAt > callRecords.ExpiresAt);
        Assert.Null(await subscriptions.FindAsync(inbox.Id));
        var replacement = (await new ConnectionStore(_tables).FindAsync(Demo.MeganKey))!.InboxSubscriptionId;
        Assert.NotEqual(inbox.Id, replacement);
        Assert.NotNull(await subscriptions.FindAsync(replacement!));
    }

    [Fact]
    public async Task A_call_records_subscription_made_for_created_only_is_replaced_by_one_for_created_and_updated()
    {
        var subscriptions = new SubscriptionStore(_tables);
        var current = Assert.Single(await subscriptions.OwnedByAsync(Demo.TenantId, null));
        var graph = new GraphSubscriptions(_system.App.Services.GetRequiredService<GraphClients>().ForTenant(Demo.TenantId), _system.Clock);
        var webhook = _system.App.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;
        await graph.DeleteAsync(current.Id);
        await subscriptions.DeleteAsync(current.Id);
        var createdOnly = SubscriptionRequest.CallRecords() with { ChangeTypes = "created" };
        var old = await graph.CreateAsync(createdOnly, webhook.Endpoint("api/notifications"), webhook.Endpoint("api/notifications/lifecycle"), "old-state");
        await subscriptions.SaveAsync(current with { Id = old.Id!, ClientState = "old-state", ExpiresAt = old.ExpirationDateTime!.Value });

        await _system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync("RenewSubscriptions", new TimerTick(false, null, null), CancellationToken.None);

        var replacement = Assert.Single(await subscriptions.OwnedByAsync(Demo.TenantId, null));
        Assert.NotEqual(old.Id, replacement.Id);
        Assert.False(await graph.ExistsAsync(old.Id!));
        var held = await _system.App.Services.GetRequiredService<GraphClients>().ForTenant(Demo.TenantId).Subscriptions[replacement.Id].GetAsync();
        Assert.Equal("created,updated", held!.ChangeType);
    }
}
