using GraphCallback.Core.Users;
using GraphCallback.Storage.Ordering;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Ordering;

/// <summary>
/// Runs work for one user under the user's lease (<see cref="UserLeases"/>): To Do writes, To Do
/// change judgements and call-back planning for a user never interleave, on one instance or
/// across many, because an interleaving of a stale write and a judgement is what turns our own
/// write into a "user change". Work already running under the user's lease (a catch-up that
/// syncs) runs on without asking again. On one instance a user's work waits its turn; only
/// another instance's lease turns work away.
/// </summary>
public sealed partial class UserWork(UserLeases leases, TimeProvider time, IOptions<UserOrderingOptions> options, ILogger<UserWork> logger)
{
    private static readonly AsyncLocal<UserKey?> Held = new();

    // Work for one user on this instance queues here first, so a burst of a user's messages in
    // one batch runs one after another at once instead of all but one waiting out a deferral.
    // Striped, so memory stays fixed; two users sharing a stripe only wait for each other here.
    private readonly SemaphoreSlim[] _local = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <returns>False, without running it, while another holder has the user's lease.</returns>
    public async Task<bool> TryRunAsync(UserKey user, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(work);
        if (Held.Value == user)
        {
            await work(cancellationToken).ConfigureAwait(false);
            return true;
        }

        var local = _local[(user.GetHashCode() & int.MaxValue) % _local.Length];
        await local.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunLeasedAsync(user, work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            local.Release();
        }
    }

    private async Task<bool> RunLeasedAsync(UserKey user, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var period = options.Value.LeasePeriod;
        var holder = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        if (await leases.TryAcquireAsync(user, holder, time.GetUtcNow(), period, cancellationToken).ConfigureAwait(false) is not { } lease)
        {
            return false;
        }

        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var renewing = new CancellationTokenSource();
        var renewal = RenewAsync(lease, lost, renewing.Token);
        Held.Value = user;
        try
        {
            await work(lost.Token).ConfigureAwait(false);
            return true;
        }
        finally
        {
            Held.Value = null;
            await renewing.CancelAsync().ConfigureAwait(false);
            lease = await renewal.ConfigureAwait(false) ?? lease;
            await leases.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
    }

    // A lease that could not be renewed may already be someone else's: the work is cancelled
    // rather than let it write beside the new holder.
    private async Task<UserLease?> RenewAsync(UserLease lease, CancellationTokenSource lost, CancellationToken stop)
    {
        var current = lease;
        try
        {
            while (true)
            {
                await Task.Delay(options.Value.RenewEvery, time, stop).ConfigureAwait(false);
                if (await leases.TryRenewAsync(current, time.GetUtcNow(), options.Value.LeasePeriod, stop).ConfigureAwait(false) is not { } renewed)
                {
                    LogLeaseLost(logger, current.User.PartitionKey);
                    await lost.CancelAsync().ConfigureAwait(false);
                    return null;
                }

                current = renewed;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return current;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException)
        {
            // Storage unreachable: the lease runs out on its own; stop writing before it does.
            LogLeaseLost(logger, current.User.PartitionKey);
            await lost.CancelAsync().ConfigureAwait(false);
            return current;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the work lease of {User}; its work was cancelled and is retried")]
    private static partial void LogLeaseLost(ILogger logger, string user);
}
