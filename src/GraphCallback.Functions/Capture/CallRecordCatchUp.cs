using GraphCallback.Core.Capture;
using GraphCallback.Graph.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// One call-record catch-up round for a tenant: lists the records that started since before the
/// previous round, reads those written since then, and captures their missed calls, so nothing is
/// lost when notifications are (dropped, late, or missed while the subscription was gone).
/// </summary>
public sealed class CallRecordCatchUp(GraphClients graph, ConnectionStore connections, Watermarks watermarks, CallRecordCapture capture, TimeProvider time)
{
    public async Task RunAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var connected = (await connections.InTenantAsync(tenantId, cancellationToken).ConfigureAwait(false))
            .Select(c => c.User.ObjectId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (connected.Count == 0)
        {
            return;
        }

        var previous = await watermarks.GetAsync(tenantId, Watermarks.CallRecords, cancellationToken).ConfigureAwait(false);
        var listed = await new CallRecordList(graph.ForTenant(tenantId)).StartedSinceAsync(CallRecordCatchUpRule.ListFrom(previous, now), cancellationToken).ConfigureAwait(false);
        foreach (var record in CallRecordCatchUpRule.ToRead(listed, previous))
        {
            await capture.CaptureAsync(tenantId, record.Id, connected, cancellationToken).ConfigureAwait(false);
        }

        // Only a finished round moves the watermark: a failed one is repeated in full next time.
        await watermarks.SetAsync(tenantId, Watermarks.CallRecords, now, cancellationToken).ConfigureAwait(false);
    }
}
