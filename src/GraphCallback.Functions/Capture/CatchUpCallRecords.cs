using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>Timer: a call-record catch-up round for every tenant with a connected user, the safety net under the tenant's notifications.</summary>
public sealed class CatchUpCallRecords(ConnectionStore connections, CallRecordCatchUp catchUp) : ITimerFunction
{
    public string Name => "CatchUpCallRecords";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        foreach (var tenant in (await connections.AllAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.User.TenantId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await catchUp.RunAsync(tenant, cancellationToken).ConfigureAwait(false);
        }
    }
}
