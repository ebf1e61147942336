using Azure.Data.Tables;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;
using GraphCallback.Testing;
using Microsoft.Graph;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>The hourly renewal timer extends expiring subscriptions and recreates the ones Graph forgot.</summary>
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
}
