using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Timer, every 15 minutes, for every connected user: tasks deleted in To Do that delta did not
/// report, then a full task sync (creates that a crash left unfinished, a list deleted unseen).
/// Other changes made in To Do come back through <see cref="PollTaskChanges"/>.
/// </summary>
public sealed class CatchUpTasks(ConnectionStore connections, TaskCatchUp catchUp, TaskSync sync, ILogger<CatchUpTasks> logger) : ITimerFunction
{
    public string Name => "CatchUpTasks";

    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken) =>
        EveryConnectedUser.RunAsync(
            connections,
            "Task catch-up",
            async (connection, ct) =>
            {
                await catchUp.ReconcileAsync(connection.User, ct).ConfigureAwait(false);
                await sync.SyncAsync(connection.User, [], ct).ConfigureAwait(false);
            },
            logger,
            cancellationToken);
}
