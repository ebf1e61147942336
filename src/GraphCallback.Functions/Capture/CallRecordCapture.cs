using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Capture;
using GraphCallback.Core.Users;
using GraphCallback.Graph.Capture;
using GraphCallback.Graph.Connection;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Reads one call record (its latest version) and captures a missed call for each connected user
/// the missed-call rule finds. Judging a record again (a replay, a revision, a catch-up round) is
/// harmless: the call event is keyed on the record id alone, so each user ingests it once.
/// </summary>
public sealed class CallRecordCapture(GraphClients graph, CallCapture capture)
{
    /// <param name="tenantId">The record's tenant.</param>
    /// <param name="callRecordId">The record.</param>
    /// <param name="connectedUserIds">The tenant's connected users, the only ones whose calls are captured.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task CaptureAsync(string tenantId, string callRecordId, IReadOnlySet<string> connectedUserIds, CancellationToken cancellationToken)
    {
        var record = await new CallRecordReader(graph.ForTenant(tenantId)).ReadAsync(callRecordId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return;
        }

        foreach (var missed in MissedCallRule.Apply(record, connectedUserIds))
        {
            await capture.CaptureAsync(
                new UserKey(tenantId, missed.UserId),
                settings => new CallEvent(
                    new CallEventKey(CallSourceKind.CallRecord, record.Id),
                    new Caller(PhoneNumber.Parse(missed.Caller.PhoneNumber, settings.DefaultRegion), missed.Caller.DisplayName),
                    missed.At),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
