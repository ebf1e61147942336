using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Ordering;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Timer, every 15 minutes, for every connected user: changes made in To Do that failed to apply
/// and tasks deleted that delta did not report, then a full task sync (creates that a crash left
/// unfinished, writes that failed, a list deleted unseen). Other changes made in To Do come back
/// through <see cref="PollTaskChanges"/>. Each user's round runs under their lease.
/// </summary>
public sealed class CatchUpTasks(ConnectionStore connections, TaskCatchUp catchUp, TaskSync sync, UserWork work, FailingItems failures) : ITimerFunction
{
    public string Name => "CatchUpTasks";

    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken) =>
        EveryConnectedUser.RunAsync(
            connections,
            failures,
            Name,
            (connection, ct) => work.TryRunAsync(
                connection.User,
                async c =>
                {
                    await catchUp.ReconcileAsync(connection.User, c).ConfigureAwait(false);
                    await sync.SyncAsync(connection.User, [], c).ConfigureAwait(false);
                },
                ct),
            cancellationToken);
}
