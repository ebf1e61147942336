using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>Timer: a call-record catch-up round for every tenant with a connected user, the safety net under the tenant's notifications; a failing tenant is marked and backed off.</summary>
public sealed class CatchUpCallRecords(ConnectionStore connections, CallRecordCatchUp catchUp, FailingItems failures) : ITimerFunction
{
    public string Name => "CatchUpCallRecords";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var tenants = (await connections.AllAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.User.TenantId).Distinct(StringComparer.OrdinalIgnoreCase);
        await failures.RunEachAsync(Name, tenants.Select(tenant => new WorkItem(tenant, ct => catchUp.RunAsync(tenant, ct))), everyItem: true, cancellationToken).ConfigureAwait(false);
    }
}
