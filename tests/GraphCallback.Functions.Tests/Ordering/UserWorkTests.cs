using Azure.Data.Tables;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Ordering;
using GraphCallback.Storage.Ordering;
using GraphCallback.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Tests.Ordering;

/// <summary>One user's work under the lease, on Azurite and the suite's clock: never two at once, nested work welcome, a lost lease stops the work.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UserWorkTests(AzuriteFixture azurite)
{
    private static readonly UserOrderingOptions Options = new();

    private readonly SuiteClock _clock = SuiteClock.Start();
    private readonly UserKey _user = new(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
    private readonly string _table = "t" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task While_one_instance_works_for_a_user_another_is_refused_and_runs_once_the_first_is_done()
    {
        var leases = await LeasesAsync();
        var first = Work(leases);
        var second = Work(leases);
        var inside = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var running = first.TryRunAsync(_user, async _ => { inside.SetResult(); await finish.Task; }, CancellationToken.None);
        await inside.Task;

        var refused = await second.TryRunAsync(_user, _ => Task.CompletedTask, CancellationToken.None);
        var otherUser = await second.TryRunAsync(new UserKey(_user.TenantId, Guid.NewGuid().ToString()), _ => Task.CompletedTask, CancellationToken.None);
        finish.SetResult();
        Assert.True(await running);
        var afterwards = await second.TryRunAsync(_user, _ => Task.CompletedTask, CancellationToken.None);

        Assert.False(refused);
        Assert.True(otherUser);
        Assert.True(afterwards);
    }

    [Fact]
    public async Task On_one_instance_a_second_piece_of_work_for_the_user_waits_its_turn_and_runs()
    {
        var work = Work(await LeasesAsync());
        var inside = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var order = new List<string>();
        var first = work.TryRunAsync(_user, async _ => { order.Add("first starts"); inside.SetResult(); await finish.Task; order.Add("first ends"); }, CancellationToken.None);
        await inside.Task;

        var second = work.TryRunAsync(_user, _ => { order.Add("second"); return Task.CompletedTask; }, CancellationToken.None);
        Assert.False(second.IsCompleted);
        finish.SetResult();

        Assert.True(await first);
        Assert.True(await second);
        Assert.Equal(["first starts", "first ends", "second"], order);
    }

    [Fact]
    public async Task Work_already_under_the_users_lease_runs_nested_work_without_asking_again()
    {
        var work = Work(await LeasesAsync());
        var nestedRan = false;

        var ran = await work.TryRunAsync(_user, async ct => nestedRan = await work.TryRunAsync(_user, _ => Task.CompletedTask, ct), CancellationToken.None);

        Assert.True(ran);
        Assert.True(nestedRan);
    }

    [Fact]
    public async Task A_lease_renewed_while_the_work_runs_outlives_its_period_and_a_lease_lost_cancels_the_work()
    {
        var leases = await LeasesAsync();
        var work = Work(leases);
        var inside = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        var running = work.TryRunAsync(
            _user,
            async ct =>
            {
                inside.SetResult();
                await using (ct.Register(() => cancelled.SetResult()))
                {
                    await cancelled.Task;
                }

                ct.ThrowIfCancellationRequested();
            },
            CancellationToken.None);
        await inside.Task;

        // Renewals carry the lease past its first period: nobody else may take it.
        var started = _clock.GetUtcNow();
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(Options.RenewEvery);
            await RenewedPastAsync(_clock.GetUtcNow() + Options.LeasePeriod - TimeSpan.FromSeconds(1));
        }

        Assert.True(_clock.GetUtcNow() > started + Options.LeasePeriod);
        Assert.Null(await leases.TryAcquireAsync(_user, "other", _clock.GetUtcNow(), Options.LeasePeriod));

        // Taken over behind its back (as after a long pause): the next renewal fails and the work stops.
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(_table);
        await table.DeleteEntityAsync(_user.PartitionKey, "work");
        Assert.NotNull(await leases.TryAcquireAsync(_user, "other", _clock.GetUtcNow(), Options.LeasePeriod));
        _clock.Advance(Options.RenewEvery);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(cancelled.Task.IsCompleted);
        Assert.Null(await leases.TryAcquireAsync(_user, "third", _clock.GetUtcNow(), Options.LeasePeriod));
    }

    /// <summary>Waits for the renewal the last advance woke to reach storage (it runs on its own task).</summary>
    private async Task RenewedPastAsync(DateTimeOffset until)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(_table);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await table.GetEntityAsync<TableEntity>(_user.PartitionKey, "work", cancellationToken: patience.Token)).Value.GetDateTimeOffset("Until") < until)
        {
            await Task.Yield();
        }
    }

    private async Task<UserLeases> LeasesAsync()
    {
        var leases = new UserLeases(new TableServiceClient(azurite.ConnectionString), _table);
        await leases.CreateTableIfNotExistsAsync();
        return leases;
    }

    private UserWork Work(UserLeases leases) =>
        new(leases, _clock, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<UserWork>.Instance);
}
