using System.Net.Http.Json;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;

namespace GraphCallback.EndToEnd.Tests.Capture;

/// <summary>The admin command connects a list of users against the configured storage and Graph.</summary>
public sealed class ConnectCommandTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Connect_subscribes_and_back_fills_each_user_named()
    {
        const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
        using var output = new StringWriter();
        var configuration = _system.AppSettings.Where(s => s.Value is not null).SelectMany(s => new[] { "--" + s.Key, s.Value! });

        var exit = await ConnectCommand.RunAsync(["connect", "--tenant", Demo.TenantId, "--user", Demo.Megan, "--user", Alex, .. configuration], output, _system.Clock);

        Assert.Equal(0, exit);
        Assert.Contains($"connected {Demo.Megan}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"connected {Alex}", output.ToString(), StringComparison.Ordinal);
        var connections = new ConnectionStore(new Azure.Data.Tables.TableServiceClient(_system.Azurite.ConnectionString));
        Assert.Equal(2, (await connections.InTenantAsync(Demo.TenantId)).Count(c => c.InboxSubscriptionId is not null && c.InboxDeltaLink is not null));
        Assert.NotEmpty(await _system.FollowUps.ListAsync(new UserKey(Demo.TenantId, Alex), pendingOnly: true));
    }

    [Fact]
    public async Task Reconnecting_after_our_records_were_lost_replaces_the_subscriptions_graph_still_holds()
    {
        var megan = new UserKey(Demo.TenantId, Demo.Megan);
        await _system.ConnectAsync(megan);

        // Lose our side only, as a crash between Graph's create and our save would: Graph answers 409 next time.
        var tables = new Azure.Data.Tables.TableServiceClient(_system.Azurite.ConnectionString);
        await tables.DeleteTableAsync(SubscriptionStore.DefaultTableName);
        await tables.DeleteTableAsync(ConnectionStore.DefaultTableName);
        await new SubscriptionStore(tables).CreateTableIfNotExistsAsync();
        await new ConnectionStore(tables).CreateTableIfNotExistsAsync();

        await _system.ConnectAsync(megan);

        var captured = _system.Activities.CaptureCount(megan.PartitionKey);

        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0987", "After Recovery", "Still there?");
        var capture = (await _system.Activities.CapturesAsync(megan.PartitionKey, captured + 1))[^1];
        Assert.Equal(ProcessNotifications.NotificationActivity, capture.Parent?.OperationName);
        Assert.Contains(await _system.FollowUps.ListAsync(megan, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460987");
    }

    [Fact]
    public async Task A_connect_while_another_is_subscribing_the_tenant_to_call_records_leaves_it_to_that_one()
    {
        // Another instance's connect holds the claim, between its create in Graph and its record.
        var tables = new Azure.Data.Tables.TableServiceClient(_system.Azurite.ConnectionString);
        var claims = new SubscriptionClaims(tables);
        var held = await claims.TryClaimAsync(Demo.TenantId, GraphCallback.Graph.Subscriptions.SubscriptionRequest.CallRecords().Resource, _system.Clock.GetUtcNow(), UserConnector.SubscribeLease);

        await _system.ConnectAsync(new UserKey(Demo.TenantId, Demo.Megan));

        Assert.NotNull(held);
        Assert.NotNull((await new ConnectionStore(tables).FindAsync(new UserKey(Demo.TenantId, Demo.Megan)))?.InboxSubscriptionId);
        Assert.DoesNotContain(await GraphSubscriptionsAsync(), s => s.Contains("callRecords", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await new SubscriptionStore(tables).OwnedByAsync(Demo.TenantId, null), s => s.Purpose == SubscriptionPurpose.CallRecords);
    }

    [Fact]
    public async Task Connects_of_one_tenant_at_once_make_one_call_records_subscription_and_one_inbox_subscription_each()
    {
        const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
        var users = new[] { Demo.Megan, Alex, Demo.Megan, Alex }.Select(u => new UserKey(Demo.TenantId, u));

        await Task.WhenAll(users.Select(u => _system.ConnectAsync(u)));

        var inGraph = await GraphSubscriptionsAsync();
        var recorded = await new SubscriptionStore(new Azure.Data.Tables.TableServiceClient(_system.Azurite.ConnectionString)).ExpiringAsync(_system.Clock.GetUtcNow().AddDays(30));
        Assert.Single(inGraph, s => s.Contains("callRecords", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, inGraph.Count);
        Assert.Equal(3, recorded.Count);
    }

    [Fact]
    public async Task Connect_with_a_registration_missing_a_permission_names_every_permission_it_needs()
    {
        var withoutMail = GraphCallback.Graph.Connection.GraphPermissions.Application.Where(p => p != "Mail.Read").ToArray();
        await _system.LoadScenarioAsync(new
        {
            tenant = new { id = Demo.TenantId, displayName = "Contoso Plumbing", domain = "contoso.example" },
            apps = new[] { new { clientId = Demo.ClientId, clientSecret = Demo.ClientSecret, displayName = "GraphCallback", roles = withoutMail } },
            users = new[] { new { id = Demo.Megan, userPrincipalName = "megan@contoso.example", displayName = "Megan Bowen", timeZone = "GMT Standard Time" } },
        });
        using var output = new StringWriter();
        var configuration = _system.AppSettings.Where(s => s.Value is not null).SelectMany(s => new[] { "--" + s.Key, s.Value! });

        var exit = await ConnectCommand.RunAsync(["connect", "--tenant", Demo.TenantId, "--user", Demo.Megan, .. configuration], output, _system.Clock);

        Assert.Equal(1, exit);
        Assert.Contains("Graph refused (403 ErrorAccessDenied)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", GraphCallback.Graph.Connection.GraphPermissions.Application), output.ToString(), StringComparison.Ordinal);
    }

    // Every subscription Graph holds, by resource, from the emulator's control API.
    private async Task<List<string>> GraphSubscriptionsAsync() =>
        [.. (await _system.Control.GetFromJsonAsync<System.Text.Json.JsonElement>("subscriptions")).GetProperty("value").EnumerateArray().Select(s => s.GetProperty("resource").GetString()!)];

    [Fact]
    public async Task Connect_without_a_tenant_or_users_prints_its_usage_and_fails()
    {
        using var output = new StringWriter();

        var exit = await ConnectCommand.RunAsync(["connect", "--user", Demo.Megan], output);

        Assert.Equal(2, exit);
        Assert.StartsWith("usage:", output.ToString(), StringComparison.Ordinal);
    }
}
