using Azure.Data.Tables;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Users;
using GraphCallback.Storage.Settings;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Settings;

[Collection(AzuriteCollection.Name)]
public class SettingsStoreTests(AzuriteFixture azurite)
{
    private async Task<SettingsStore> StoreAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var table = "u" + Guid.NewGuid().ToString("N");
        await service.CreateTableIfNotExistsAsync(table);
        return new SettingsStore(service, table);
    }

    [Fact]
    public async Task A_user_without_settings_gets_the_defaults_and_saved_settings_round_trip()
    {
        var store = await StoreAsync();
        var user = new UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var (defaults, none) = await store.GetAsync(user);
        var mine = UserSettings.Default with
        {
            SlaHours = 8,
            CallBackDays = [DayOfWeek.Tuesday],
            PriorityOrder = [CallerKind.Colleague, CallerKind.Client, CallerKind.KnownContact, CallerKind.Unknown, CallerKind.Vendor],
            BlockedNumbers = ["+14255550100"],
            CallBackWindowStart = new TimeOnly(9, 30),
        };

        var etag = await store.TrySaveAsync(user, mine, none);
        var (read, readEtag) = await store.GetAsync(user);

        Assert.Equal(UserSettings.Default.SlaHours, defaults.SlaHours);
        Assert.Null(none);
        Assert.NotNull(etag);
        Assert.Equal(etag, readEtag);
        Assert.Equal(8, read.SlaHours);
        Assert.Equal([DayOfWeek.Tuesday], read.CallBackDays);
        Assert.Equal(mine.PriorityOrder, read.PriorityOrder);
        Assert.Equal(["+14255550100"], read.BlockedNumbers);
        Assert.Equal(new TimeOnly(9, 30), read.CallBackWindowStart);
    }

    [Fact]
    public async Task A_save_based_on_a_stale_etag_or_a_second_first_save_is_refused()
    {
        var store = await StoreAsync();
        var user = new UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var first = await store.TrySaveAsync(user, UserSettings.Default with { SlaHours = 12 }, null);
        var second = await store.TrySaveAsync(user, UserSettings.Default with { SlaHours = 6 }, first);

        Assert.Null(await store.TrySaveAsync(user, UserSettings.Default with { SlaHours = 1 }, first));
        Assert.Null(await store.TrySaveAsync(user, UserSettings.Default with { SlaHours = 2 }, null));
        Assert.NotNull(second);
        Assert.Equal(6, (await store.GetAsync(user)).Settings.SlaHours);
    }
}
