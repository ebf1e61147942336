using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.Storage.Ordering;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Ordering;

/// <summary>The per-user work lease on Azurite: one holder at a time, taken over only once expired.</summary>
[Collection(AzuriteCollection.Name)]
public class UserLeasesTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_held_lease_refuses_a_second_holder_until_it_expires_and_then_only_one_takes_it_over()
    {
        var (leases, user) = await CreateAsync();
        var first = await leases.TryAcquireAsync(user, "a", Now, Period);

        Assert.NotNull(first);
        Assert.Null(await leases.TryAcquireAsync(user, "b", Now.AddSeconds(59), Period));

        var takeOvers = await Task.WhenAll(
            leases.TryAcquireAsync(user, "b", Now.AddSeconds(61), Period),
            leases.TryAcquireAsync(user, "c", Now.AddSeconds(61), Period));
        Assert.Single(takeOvers, l => l is not null);
        Assert.Null(await leases.TryRenewAsync(first!, Now.AddSeconds(62), Period));
    }

    [Fact]
    public async Task A_renewed_lease_outlives_its_first_period_and_a_released_one_is_free_at_once()
    {
        var (leases, user) = await CreateAsync();
        var lease = await leases.TryAcquireAsync(user, "a", Now, Period);

        var renewed = await leases.TryRenewAsync(lease!, Now.AddSeconds(40), Period);
        Assert.NotNull(renewed);
        Assert.Null(await leases.TryAcquireAsync(user, "b", Now.AddSeconds(90), Period));

        await leases.ReleaseAsync(renewed!);
        Assert.NotNull(await leases.TryAcquireAsync(user, "b", Now.AddSeconds(91), Period));
    }

    [Fact]
    public async Task Releasing_a_lease_taken_over_leaves_the_new_holder_in_place()
    {
        var (leases, user) = await CreateAsync();
        var old = await leases.TryAcquireAsync(user, "a", Now, Period);
        var taken = await leases.TryAcquireAsync(user, "b", Now.AddSeconds(61), Period);

        await leases.ReleaseAsync(old!);

        Assert.NotNull(taken);
        Assert.Null(await leases.TryAcquireAsync(user, "c", Now.AddSeconds(62), Period));
    }

    private async Task<(UserLeases Leases, UserKey User)> CreateAsync()
    {
        var leases = new UserLeases(new TableServiceClient(azurite.ConnectionString), "t" + Guid.NewGuid().ToString("N"));
        await leases.CreateTableIfNotExistsAsync();
        return (leases, new UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString()));
    }
}
