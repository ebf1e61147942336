using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Timer: for every connected user, a tasks/delta round (changes in To Do whose notifications
/// were lost) and a full task sync (creates that a crash left unfinished, lists deleted unseen).
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
                await catchUp.RunAsync(connection.User, ct).ConfigureAwait(false);
                await sync.SyncAsync(connection.User, [], ct).ConfigureAwait(false);
            },
            logger,
            cancellationToken);
}
