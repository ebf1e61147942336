using GraphCallback.Functions.Failures;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Runs a timer's work for every connected user, item by item: one user's failure (consent
/// revoked, mailbox gone) is marked and backed off, and never starves the others.
/// </summary>
public static class EveryConnectedUser
{
    /// <param name="connections">Who is connected.</param>
    /// <param name="failures">Where failing users are marked.</param>
    /// <param name="work">The timer's name, the marks' work.</param>
    /// <param name="perUser">The work for one user.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task RunAsync(
        ConnectionStore connections, FailingItems failures, string work, Func<Connection, CancellationToken, Task> perUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(perUser);
        var users = await connections.AllAsync(cancellationToken).ConfigureAwait(false);
        await failures.RunEachAsync(
            work,
            users.Select(connection => new WorkItem(connection.User.PartitionKey, ct => perUser(connection, ct))),
            everyItem: true,
            cancellationToken).ConfigureAwait(false);
    }
}
