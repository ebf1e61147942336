using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>Timer: an inbox delta round for every connected user, the safety net under notifications.</summary>
public sealed class CatchUpInboxes(ConnectionStore connections, InboxCatchUp catchUp, FailingItems failures) : ITimerFunction
{
    public string Name => "CatchUpInboxes";

    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken) =>
        EveryConnectedUser.RunAsync(connections, failures, Name, catchUp.RunAsync, cancellationToken);
}
