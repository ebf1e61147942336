using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Ordering;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Timer, every 2 minutes: one tasks/delta round per connected user takes in what they changed in
/// To Do. Graph supports todoTask change notifications with delegated permission only, so an
/// app-only backend has to ask. A round with nothing new is one GET: 30 requests per user per
/// hour, well inside Outlook's 10,000 per 10 minutes per app per mailbox. A round runs under the
/// user's lease, never beside one of our task writes; a user whose lease is held waits for the next round.
/// </summary>
public sealed class PollTaskChanges(ConnectionStore connections, TaskCatchUp catchUp, UserWork work, FailingItems failures) : ITimerFunction
{
    public string Name => "PollTaskChanges";

    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken) =>
        EveryConnectedUser.RunAsync(connections, failures, Name, (connection, ct) => work.TryRunAsync(connection.User, c => catchUp.RunAsync(connection.User, c), ct), cancellationToken);
}
