using GraphCallback.Core.Capture;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.CallRecords;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Graph.Capture;

/// <summary>Reads a Teams call record with its sessions and segments, as the missed-call rule needs it.</summary>
public sealed class CallRecordReader(GraphServiceClient graph)
{
    /// <returns>The summary, or null when the record does not exist (any more).</returns>
    public async Task<CallRecordSummary?> ReadAsync(string callRecordId, CancellationToken cancellationToken = default)
    {
        try
        {
            var record = await graph.Communications.CallRecords[callRecordId].GetAsync(
                request => request.QueryParameters.Expand = ["sessions($expand=segments)"],
                cancellationToken).ConfigureAwait(false);
            return record is null ? null : ToSummary(record);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public static CallRecordSummary ToSummary(CallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sessions = (record.Sessions ?? [])
            .Select(s => new CallSession(
                Party(s.Caller),
                Party(s.Callee),
                s.StartDateTime ?? record.StartDateTime ?? DateTimeOffset.MinValue,
                s.EndDateTime ?? record.EndDateTime ?? DateTimeOffset.MinValue,
                Connected: s.FailureInfo is null && s.Segments is { Count: > 0 }))
            .ToList();

        // organizer_v2 replaces organizer, which stops returning data in mid-2026; read both.
        var organizer = Party(record.OrganizerV2?.Identity) ?? Party(record.Organizer);
        return new CallRecordSummary(
            record.Id ?? throw new InvalidDataException("A call record without an id."),
            record.StartDateTime ?? DateTimeOffset.MinValue,
            record.EndDateTime ?? DateTimeOffset.MinValue,
            organizer,
            sessions);
    }

    private static CallParty? Party(Microsoft.Graph.Models.CallRecords.Endpoint? endpoint) => endpoint is ParticipantEndpoint participant ? Party(participant.Identity) : null;

    private static CallParty? Party(IdentitySet? identity)
    {
        if (identity is null)
        {
            return null;
        }

        var phone = (identity as CommunicationsIdentitySet)?.Phone;
        var user = identity.User;
        return user is null && phone is null
            ? null
            : new CallParty(user?.Id, phone?.Id, user?.DisplayName ?? phone?.DisplayName);
    }
}
