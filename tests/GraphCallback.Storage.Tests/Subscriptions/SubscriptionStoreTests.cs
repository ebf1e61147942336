using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.Storage.Subscriptions;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Subscriptions;

[Collection(AzuriteCollection.Name)]
public class SubscriptionStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 8, 10, 0, 0, TimeSpan.Zero);
    private static readonly string Tenant = Guid.NewGuid().ToString();

    private async Task<SubscriptionStore> StoreAsync()
    {
        var store = new SubscriptionStore(new TableServiceClient(azurite.ConnectionString), "s" + Guid.NewGuid().ToString("N"));
        await store.CreateTableIfNotExistsAsync();
        return store;
    }

    private static SubscriptionRecord Record(UserKey? owner, DateTimeOffset expires, SubscriptionPurpose purpose = SubscriptionPurpose.InboxMessages) =>
        new(Guid.NewGuid().ToString(), owner, Tenant, "users/x/mailFolders('inbox')/messages", purpose, SubscriptionStore.NewClientState(), expires);

    [Fact]
    public async Task A_saved_subscription_is_found_by_its_id_alone()
    {
        var store = await StoreAsync();
        var owner = new UserKey(Tenant, Guid.NewGuid().ToString());
        var record = Record(owner, Now.AddDays(3));

        await store.SaveAsync(record);

        Assert.Equal(record, await store.FindAsync(record.Id));
        Assert.Null(await store.FindAsync(Guid.NewGuid().ToString()));
        Assert.Null(await store.FindAsync("../../other-table"));
    }

    [Fact]
    public void Client_state_must_match_exactly()
    {
        var record = Record(null, Now);

        Assert.True(SubscriptionStore.ClientStateMatches(record, record.ClientState));
        Assert.False(SubscriptionStore.ClientStateMatches(record, record.ClientState + "x"));
        Assert.False(SubscriptionStore.ClientStateMatches(record, record.ClientState.ToUpperInvariant()));
        Assert.False(SubscriptionStore.ClientStateMatches(record, null));
        Assert.NotEqual(SubscriptionStore.NewClientState(), SubscriptionStore.NewClientState());
    }

    [Fact]
    public async Task Expiring_and_owned_subscriptions_are_listed_and_deletion_is_idempotent()
    {
        var store = await StoreAsync();
        var owner = new UserKey(Tenant, Guid.NewGuid().ToString());
        var soon = Record(owner, Now.AddHours(6));
        var later = Record(owner, Now.AddDays(3));
        var tenantWide = Record(null, Now.AddHours(1), SubscriptionPurpose.CallRecords);
        foreach (var record in new[] { soon, later, tenantWide })
        {
            await store.SaveAsync(record);
        }

        var expiring = await store.ExpiringAsync(Now.AddHours(12));
        var owned = await store.OwnedByAsync(Tenant, owner);
        var tenantOnes = await store.OwnedByAsync(Tenant, null);

        Assert.Equal(new[] { soon.Id, tenantWide.Id }.Order(), expiring.Select(r => r.Id).Order());
        Assert.Equal(new[] { later.Id, soon.Id }.Order(), owned.Select(r => r.Id).Order());
        Assert.Equal([tenantWide.Id], tenantOnes.Select(r => r.Id));

        await store.DeleteAsync(soon.Id);
        await store.DeleteAsync(soon.Id);
        Assert.Null(await store.FindAsync(soon.Id));
    }
}
