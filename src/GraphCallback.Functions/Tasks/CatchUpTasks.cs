using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Timer: for every connected user, a tasks/delta round (changes in To Do whose notifications
/// were lost) and a full task sync (creates that a crash left unfinished, lists deleted unseen).
/// </summary>
public sealed partial class CatchUpTasks(ConnectionStore connections, TaskCatchUp catchUp, TaskSync sync, ILogger<CatchUpTasks> logger) : ITimerFunction
{
    public string Name => "CatchUpTasks";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var connection in await connections.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await catchUp.RunAsync(connection.User, cancellationToken).ConfigureAwait(false);
                await sync.SyncAsync(connection.User, [], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One user's failure (consent revoked, mailbox gone) must not starve the others.
                failed++;
                LogFailed(logger, e);
            }
        }

        if (failed > 0)
        {
            throw new InvalidOperationException($"Task catch-up failed for {failed} users; see the log.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task catch-up failed for one user")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
