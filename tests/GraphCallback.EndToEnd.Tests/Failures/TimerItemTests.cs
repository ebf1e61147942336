using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Subscriptions;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.EndToEnd.Tests.Failures;

/// <summary>
/// One failing tenant never stops a timer run: renewal and PSTN capture go on for the others, the
/// failing one is marked, skipped until its next try and reported by <c>/health/ready</c>.
/// </summary>
public sealed class TimerItemTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;
    private TableServiceClient _tables = null!;

    // A window wider than any subscription's life: every subscription counts as expiring.
    public async Task InitializeAsync()
    {
        var settings = Timers.AllDisabledExcept();
        settings["Capture:RenewWithinHours"] = "1000";
        _system = await SystemUnderTest.StartAsync(settings);
        _tables = new TableServiceClient(_system.Azurite.ConnectionString);
        await _system.ConnectAsync(Demo.MeganKey);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_tenant_whose_renewal_is_refused_is_marked_and_skipped_while_the_other_tenant_renews()
    {
        var subscriptions = new SubscriptionStore(_tables);
        var refused = await subscriptions.OwnedByAsync(Demo.TenantId, null);
        var other = await SubscribeToCallRecordsAsync(FailingItemsContext.OtherTenant);
        await _system.FailAsync(new { kind = "Forbidden", route = "/v1.0/subscriptions/*", method = "PATCH", tenant = Demo.TenantId });

        await _system.RunTimerAsync("RenewSubscriptions");

        Assert.True((await subscriptions.FindAsync(other.Id))!.ExpiresAt > other.ExpiresAt);
        var marked = await _system.MarkedAsync("RenewSubscriptions");
        var callRecords = Assert.Single(refused);
        var marker = marked[callRecords.Id];
        Assert.Equal((1, "ODataError 403 Authorization_RequestDenied"), (marker.Attempts, marker.LastError));
        Assert.True(marker.NextTry > _system.Clock.GetUtcNow());

        using (var ready = await _system.Client.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("degraded", body.GetProperty("status").GetString());
            var renewal = body.GetProperty("details").GetProperty("failures").GetProperty("RenewSubscriptions");
            Assert.Equal(marked.Count, renewal.GetProperty("items").GetInt32());
            Assert.Equal(marked.Values.Min(m => m.FailingSince), renewal.GetProperty("oldestFailingSince").GetDateTimeOffset());
        }

        // Before its next try the refused tenant is left alone, even once Graph would take it.
        await _system.ClearFaultsAsync();
        await _system.RunTimerAsync("RenewSubscriptions");
        Assert.Equal(callRecords.ExpiresAt, (await subscriptions.FindAsync(callRecords.Id))!.ExpiresAt);
        Assert.Equal(1, (await _system.MarkedAsync("RenewSubscriptions"))[callRecords.Id].Attempts);

        _system.Clock.Advance(marker.NextTry - _system.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        await _system.RunTimerAsync("RenewSubscriptions");

        Assert.True((await subscriptions.FindAsync(callRecords.Id))!.ExpiresAt > callRecords.ExpiresAt);
        Assert.Empty(await _system.MarkedAsync("RenewSubscriptions"));
    }

    [Fact]
    public async Task A_tenant_whose_call_log_is_refused_does_not_stop_the_other_tenants_capture()
    {
        await new ConnectionStore(_tables).SetInboxSubscriptionAsync(new UserKey(FailingItemsContext.OtherTenant, Guid.NewGuid().ToString()), "none", _system.Clock.GetUtcNow());
        await _system.FailAsync(new { kind = "Forbidden", route = "/v1.0/communications/*", tenant = FailingItemsContext.OtherTenant });
        await _system.LogPstnCallAsync(Demo.Megan, "+44 20 7946 0135", durationSeconds: 0);
        var before = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);

        await _system.RunTimerAsync("CapturePstnCalls");

        Assert.Equal(FailingItemsContext.OtherTenant, Assert.Single(await _system.MarkedAsync("CapturePstnCalls")).Key);
        var after = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);
        Assert.Contains(after, f => f.Caller.Number.E164 == "+442079460135" && before.All(b => b.Id != f.Id));
        Assert.NotNull(await new Watermarks(_tables).GetAsync(Demo.TenantId, Watermarks.PstnCalls));
        Assert.Null(await new Watermarks(_tables).GetAsync(FailingItemsContext.OtherTenant, Watermarks.PstnCalls));
        Assert.Equal(1, Assert.Single(await _system.MarkedAsync("CapturePstnCalls")).Value.Attempts);
    }

    private async Task<SubscriptionRecord> SubscribeToCallRecordsAsync(string tenant)
    {
        var graph = new GraphSubscriptions(_system.App.Services.GetRequiredService<GraphClients>().ForTenant(tenant), _system.Clock);
        var webhook = _system.App.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;
        var created = await graph.CreateAsync(SubscriptionRequest.CallRecords(), webhook.Endpoint("api/notifications"), webhook.Endpoint("api/notifications/lifecycle"), "other-state");
        var record = new SubscriptionRecord(created.Id!, null, tenant, created.Resource!, SubscriptionPurpose.CallRecords, "other-state", created.ExpirationDateTime!.Value);
        await new SubscriptionStore(_tables).SaveAsync(record);
        return record;
    }
}
