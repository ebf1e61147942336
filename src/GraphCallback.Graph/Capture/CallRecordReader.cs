using GraphCallback.Core.Capture;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.CallRecords;
using Microsoft.Graph.Models.ODataErrors;
using CallRecordsSession = Microsoft.Graph.Models.CallRecords.Session;
using Participant = Microsoft.Graph.Models.CallRecords.Participant;

namespace GraphCallback.Graph.Capture;

/// <summary>
/// Reads a Teams call record with all its sessions and segments, as the missed-call rule needs it.
/// Since 30 June 2026 an endpoint names a Teams user only through associatedIdentity (its identity
/// returns no data), so a phone caller's endpoint names nobody: its number comes from the
/// record's participants_v2.
/// </summary>
public sealed class CallRecordReader(GraphServiceClient graph)
{
    private const string SessionsNextLink = "sessions@odata.nextLink";

    /// <returns>The summary, or null when the record does not exist (any more).</returns>
    public async Task<CallRecordSummary?> ReadAsync(string callRecordId, CancellationToken cancellationToken = default)
    {
        try
        {
            var record = await graph.Communications.CallRecords[callRecordId].GetAsync(
                request => request.QueryParameters.Expand = ["sessions($expand=segments)", "participants_v2"],
                cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return null;
            }

            record.Sessions = [.. record.Sessions ?? [], .. await RestOfSessionsAsync(record, cancellationToken).ConfigureAwait(false)];
            return ToSummary(record);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public static CallRecordSummary ToSummary(CallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var phone = PhoneParticipant(record.ParticipantsV2 ?? []);
        var sessions = (record.Sessions ?? [])
            .Select(s => new CallSession(
                Party(s.Caller, phone),
                Party(s.Callee, phone),
                s.StartDateTime ?? record.StartDateTime ?? DateTimeOffset.MinValue,
                s.EndDateTime ?? record.EndDateTime ?? DateTimeOffset.MinValue,
                HadSegments: s.Segments is { Count: > 0 },
                Failure(s.FailureInfo)))
            .ToList();

        return new CallRecordSummary(
            record.Id ?? throw new InvalidDataException("A call record without an id."),
            record.StartDateTime ?? DateTimeOffset.MinValue,
            record.EndDateTime ?? DateTimeOffset.MinValue,
            Party(record.OrganizerV2?.Identity),
            sessions);
    }

    // Graph pages sessions at 60. Its documented link reads ".../v1.0/$metadata#communications/callRecords('id')/sessions?...":
    // taken literally the fragment would leave only $metadata, so the "$metadata#" goes and the rest is the sessions list.
    private async Task<List<CallRecordsSession>> RestOfSessionsAsync(CallRecord record, CancellationToken cancellationToken)
    {
        var sessions = new List<CallRecordsSession>();
        var next = record.AdditionalData.TryGetValue(SessionsNextLink, out var link) ? link as string : null;
        while (next is not null)
        {
            var page = await graph.Communications.CallRecords[record.Id].Sessions
                .WithUrl(next.Replace("$metadata#", string.Empty, StringComparison.Ordinal))
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            sessions.AddRange(page?.Value ?? []);
            next = page?.OdataNextLink;
        }

        return sessions;
    }

    // An endpoint without an associated identity is the phone side of the call; which number it
    // is, only participants_v2 says, and only when it lists exactly one phone.
    private static CallParty? Party(Microsoft.Graph.Models.CallRecords.Endpoint? endpoint, CallParty phone) =>
        endpoint is not ParticipantEndpoint participant ? null
        : participant.AssociatedIdentity is { Id: { } id } user ? new CallParty(id, null, user.DisplayName)
        : phone;

    private static CallParty PhoneParticipant(IEnumerable<Participant> participants)
    {
        var phones = participants
            .Select(p => (p.Identity as CommunicationsIdentitySet)?.Phone)
            .Where(p => p?.Id is not null)
            .DistinctBy(p => p!.Id)
            .ToList();
        return phones is [{ } only] ? new CallParty(null, only.Id, only.DisplayName) : new CallParty(null, null, null);
    }

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

    private static SessionFailure Failure(FailureInfo? failure) => failure switch
    {
        null => SessionFailure.None,
        { Stage: FailureStage.CallSetup } => SessionFailure.CallSetup,
        { Stage: FailureStage.Midcall } => SessionFailure.Midcall,
        _ => SessionFailure.Unknown,
    };
}
