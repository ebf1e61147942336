using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Runs a timer's work for every connected user in turn. One user's failure (consent revoked,
/// mailbox gone) is logged and must not starve the others; the run still fails at the end, so
/// the host records it.
/// </summary>
public static partial class EveryConnectedUser
{
    /// <param name="connections">Who is connected.</param>
    /// <param name="work">What the timer does, named for the log ("Inbox catch-up").</param>
    /// <param name="perUser">The work for one user.</param>
    /// <param name="logger">The timer's logger.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="InvalidOperationException">The work failed for at least one user.</exception>
    public static async Task RunAsync(
        ConnectionStore connections, string work, Func<Connection, CancellationToken, Task> perUser, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(perUser);
        var failed = 0;
        foreach (var connection in await connections.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await perUser(connection, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                LogFailed(logger, work, e);
            }
        }

        if (failed > 0)
        {
            throw new InvalidOperationException($"{work} failed for {failed} users; see the log.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} failed for one user")]
    private static partial void LogFailed(ILogger logger, string work, Exception exception);
}
