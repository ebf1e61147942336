using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.Storage.Connections;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Connections;

[Collection(AzuriteCollection.Name)]
public class ConnectionStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Connected = new(2026, 6, 8, 10, 0, 0, TimeSpan.Zero);

    private async Task<ConnectionStore> StoreAsync()
    {
        var store = new ConnectionStore(new TableServiceClient(azurite.ConnectionString), "c" + Guid.NewGuid().ToString("N"));
        await store.CreateTableIfNotExistsAsync();
        return store;
    }

    [Fact]
    public async Task Connections_are_found_by_user_and_listed_by_tenant()
    {
        var store = await StoreAsync();
        var tenant = Guid.NewGuid().ToString();
        var ana = new UserKey(tenant, Guid.NewGuid().ToString());
        var ben = new UserKey(tenant, Guid.NewGuid().ToString());
        var elsewhere = new UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        await store.SetInboxSubscriptionAsync(ana, "sub-1", Connected);
        await store.SetInboxSubscriptionAsync(ben, "sub-2", Connected);
        await store.SetInboxSubscriptionAsync(elsewhere, "sub-3", Connected);

        var found = await store.FindAsync(ana);
        Assert.Equal(("sub-1", Connected, (string?)null), (found!.InboxSubscriptionId, found.ConnectedAt, found.InboxDeltaLink));
        Assert.Equal(new[] { ana, ben }.Select(u => u.ObjectId).Order(), (await store.InTenantAsync(tenant)).Select(c => c.User.ObjectId).Order());
        Assert.Equal(3, (await store.AllAsync()).Count);
        Assert.Null(await store.FindAsync(new UserKey(tenant, Guid.NewGuid().ToString())));
    }

    [Fact]
    public async Task The_delta_link_and_the_subscription_are_updated_without_undoing_each_other()
    {
        var store = await StoreAsync();
        var ana = new UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await store.SetInboxSubscriptionAsync(ana, "sub-old", Connected);

        // A catch-up that read the row before a reconnect replaced the subscription saves its link afterwards.
        await store.SetInboxSubscriptionAsync(ana, "sub-new", Connected);
        await store.SetInboxDeltaLinkAsync(ana, "https://graph/delta?token=2");

        var connection = await store.FindAsync(ana);
        Assert.Equal("sub-new", connection!.InboxSubscriptionId);
        Assert.Equal("https://graph/delta?token=2", connection.InboxDeltaLink);
    }
}
