using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.Storage.Connections;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Connections;

[Collection(AzuriteCollection.Name)]
public class ConnectionStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Connections_are_found_by_user_listed_by_tenant_and_updated_in_place()
    {
        var store = new ConnectionStore(new TableServiceClient(azurite.ConnectionString), "c" + Guid.NewGuid().ToString("N"));
        await store.CreateTableIfNotExistsAsync();
        var tenant = Guid.NewGuid().ToString();
        var ana = new Connection(new UserKey(tenant, Guid.NewGuid().ToString()), DateTimeOffset.UnixEpoch, "sub-1", null);
        var ben = new Connection(new UserKey(tenant, Guid.NewGuid().ToString()), DateTimeOffset.UnixEpoch, "sub-2", null);
        var elsewhere = new Connection(new UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString()), DateTimeOffset.UnixEpoch, null, null);

        foreach (var connection in new[] { ana, ben, elsewhere })
        {
            await store.SaveAsync(connection);
        }

        await store.SaveAsync(ana with { InboxDeltaLink = "https://graph/delta?token=1" });

        Assert.Equal("https://graph/delta?token=1", (await store.FindAsync(ana.User))!.InboxDeltaLink);
        Assert.Equal(new[] { ana.User, ben.User }.Select(u => u.ObjectId).Order(), (await store.InTenantAsync(tenant)).Select(c => c.User.ObjectId).Order());
        Assert.Equal(3, (await store.AllAsync()).Count);
        Assert.Null(await store.FindAsync(new UserKey(tenant, Guid.NewGuid().ToString())));
    }
}
