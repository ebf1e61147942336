using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.CallRecords;
using CallRecordsSession = Microsoft.Graph.Models.CallRecords.Session;
using GraphIdentity = Microsoft.Graph.Models.Identity;
using Modality = Microsoft.Graph.Models.CallRecords.Modality;
using Participant = Microsoft.Graph.Models.CallRecords.Participant;
using UserIdentity = Microsoft.Graph.Models.CallRecords.UserIdentity;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>
/// Builds peer-to-peer call records the way Teams reports them since 30 June 2026: organizer_v2 and
/// participants_v2 (no organizer, no participants), sessions whose endpoints name a Teams user only
/// through associatedIdentity (participantEndpoint.identity returns no data), so a phone number
/// appears only among participants_v2. One session per ring (EarlierRings unanswered ones first),
/// one segment each; an unanswered ring has a zero-length media time and failureInfo at call setup
/// (our emulation: Graph has no "missed" flag); a dropped call has media and failureInfo at midcall.
/// </summary>
public static class CallRecordFactory
{
    private static readonly TimeSpan Ringing = TimeSpan.FromSeconds(20);

    /// <summary>The first version of a new record.</summary>
    public static CallRecord Create(EmulatedUser callee, EmulatedUser? callerUser, CallRecordRequest call, DateTimeOffset start, DateTimeOffset now) =>
        Revise(Guid.NewGuid().ToString(), 1, callee, callerUser, call, start, now);

    /// <summary>Version <paramref name="version"/> of record <paramref name="id"/>, as Graph rewrites a whole record when it revises it.</summary>
    public static CallRecord Revise(string id, long version, EmulatedUser callee, EmulatedUser? callerUser, CallRecordRequest call, DateTimeOffset start, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(callee);
        ArgumentNullException.ThrowIfNull(call);
        var sessions = Enumerable.Range(0, call.EarlierRings)
            .Select(ring => Session(callee, callerUser, call.CallerNumber, start + (ring * Ringing), TimeSpan.Zero, new FailureInfo { Stage = FailureStage.CallSetup, Reason = "Call was not answered" }))
            .ToList();
        var last = start + (call.EarlierRings * Ringing);
        sessions.Add(Session(callee, callerUser, call.CallerNumber, last, call.Answered ? TimeSpan.FromSeconds(call.DurationSeconds) : TimeSpan.Zero, Failure(call)));
        var organizer = callerUser ?? callee;
        return new CallRecord
        {
            Id = id,
            Version = version,
            Type = CallType.PeerToPeer,
            Modalities = [Modality.Audio],
            StartDateTime = start,
            EndDateTime = sessions[^1].EndDateTime,
            LastModifiedDateTime = now,
            OrganizerV2 = new Organizer { Id = organizer.Id, Identity = Identity(organizer, null) },
            ParticipantsV2 =
            [
                new Participant { Id = callerUser?.Id ?? call.CallerNumber, Identity = Identity(callerUser, call.CallerNumber) },
                new Participant { Id = callee.Id, Identity = Identity(callee, null) },
            ],
            Sessions = sessions,
        };
    }

    private static FailureInfo? Failure(CallRecordRequest call) =>
        string.Equals(call.FailureStage, "midcall", StringComparison.OrdinalIgnoreCase) ? new FailureInfo { Stage = FailureStage.Midcall, Reason = "Call dropped" }
        : call.Answered ? null
        : new FailureInfo { Stage = FailureStage.CallSetup, Reason = "Call was not answered" };

    // A ring lasts 20 seconds; the media time follows it when the callee answered.
    private static CallRecordsSession Session(EmulatedUser callee, EmulatedUser? callerUser, string? callerNumber, DateTimeOffset start, TimeSpan media, FailureInfo? failure)
    {
        var end = start + (media > TimeSpan.Zero ? media : Ringing);
        return new CallRecordsSession
        {
            Id = Guid.NewGuid().ToString(),
            Modalities = [Modality.Audio],
            StartDateTime = start,
            EndDateTime = end,
            IsTest = false,
            Caller = Endpoint(callerUser),
            Callee = Endpoint(callee),
            FailureInfo = failure,
            Segments =
            [
                new Segment { Id = Guid.NewGuid().ToString(), StartDateTime = start, EndDateTime = media > TimeSpan.Zero ? end : start, Caller = Endpoint(callerUser), Callee = Endpoint(callee), FailureInfo = failure },
            ],
        };
    }

    public static PstnCallLogRow PstnRow(EmulatedUser user, PstnCallRequest request, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return new PstnCallLogRow
        {
            Id = Guid.NewGuid().ToString(),
            CallId = Guid.NewGuid().ToString(),
            CallType = request.CallType,
            CallerNumber = request.CallerNumber,
            CalleeNumber = request.CalleeNumber,
            Duration = request.DurationSeconds,
            StartDateTime = start,
            EndDateTime = start + TimeSpan.FromSeconds(request.DurationSeconds),
            UserId = user.Id,
            UserPrincipalName = user.UserPrincipalName,
            UserDisplayName = user.DisplayName,
            Charge = 0,
            Currency = "USD",
            DestinationContext = "Domestic",
            DestinationName = "Domestic",
            LicenseCapability = "MCOPSTNU",
            InventoryType = "Subscriber",
            Operator = "Microsoft",
            TenantCountryCode = "GB",
            UsageCountryCode = "GB",
            CallDurationSource = PstnCallDurationSource.Microsoft,
        };
    }

    // No identity: a phone caller's endpoint names nobody; its number is only in participants_v2.
    private static ParticipantEndpoint Endpoint(EmulatedUser? user) => new()
    {
        OdataType = "#microsoft.graph.callRecords.participantEndpoint",
        AssociatedIdentity = user is null ? null : new UserIdentity { Id = user.Id, DisplayName = user.DisplayName, UserPrincipalName = user.UserPrincipalName, AdditionalData = { ["tenantId"] = user.TenantId } },
        UserAgent = user is null
            ? new ClientUserAgent { OdataType = "#microsoft.graph.callRecords.clientUserAgent", HeaderValue = "PSTN", Platform = ClientPlatform.Unknown, ProductFamily = ProductFamily.Unknown }
            : new ClientUserAgent { OdataType = "#microsoft.graph.callRecords.clientUserAgent", HeaderValue = "CallSignalingAgent (Teams)", Platform = ClientPlatform.Windows, ProductFamily = ProductFamily.Teams },
    };

    private static CommunicationsIdentitySet Identity(EmulatedUser? user, string? number) => new()
    {
        User = user is null ? null : new GraphIdentity { Id = user.Id, DisplayName = user.DisplayName, AdditionalData = { ["tenantId"] = user.TenantId } },
        Phone = number is null ? null : new GraphIdentity { Id = number, DisplayName = number },
    };
}
