using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>Timer: an inbox delta round for every connected user, the safety net under notifications.</summary>
public sealed partial class CatchUpInboxes(ConnectionStore connections, InboxCatchUp catchUp, ILogger<CatchUpInboxes> logger) : ITimerFunction
{
    public string Name => "CatchUpInboxes";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var connection in await connections.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await catchUp.RunAsync(connection, cancellationToken).ConfigureAwait(false);
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
            throw new InvalidOperationException($"Inbox catch-up failed for {failed} users; see the log.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox catch-up failed for one user")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
