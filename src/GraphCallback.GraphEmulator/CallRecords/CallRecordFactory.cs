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
/// Builds peer-to-peer call records the way Teams reports them: organizer_v2 and participants_v2,
/// one session with caller and callee endpoints and one segment; an unanswered call has a
/// zero-length media time and failureInfo at call setup (our emulation: Graph has no "missed" flag).
/// </summary>
public static class CallRecordFactory
{
    public static CallRecord Create(EmulatedUser callee, EmulatedUser? callerUser, string? callerNumber, DateTimeOffset start, int durationSeconds, bool answered, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(callee);
        var ringing = TimeSpan.FromSeconds(answered ? 0 : 20);
        var end = start + ringing + TimeSpan.FromSeconds(answered ? durationSeconds : 0);
        var caller = Endpoint(callerUser, callerNumber, "windows");
        var target = Endpoint(callee, null, "windows");
        var failure = answered ? null : new FailureInfo { Stage = FailureStage.CallSetup, Reason = "Call was not answered" };
        var organizer = callerUser ?? callee;
        return new CallRecord
        {
            Id = Guid.NewGuid().ToString(),
            Version = 1,
            Type = CallType.PeerToPeer,
            Modalities = [Modality.Audio],
            StartDateTime = start,
            EndDateTime = end,
            LastModifiedDateTime = now,
            OrganizerV2 = new Organizer { Id = organizer.Id, Identity = Identity(organizer, null) },
            ParticipantsV2 =
            [
                new Participant { Id = callerUser?.Id ?? callerNumber, Identity = Identity(callerUser, callerNumber) },
                new Participant { Id = callee.Id, Identity = Identity(callee, null) },
            ],
            Sessions =
            [
                new CallRecordsSession
                {
                    Id = Guid.NewGuid().ToString(),
                    Modalities = [Modality.Audio],
                    StartDateTime = start,
                    EndDateTime = end,
                    IsTest = false,
                    Caller = caller,
                    Callee = target,
                    FailureInfo = failure,
                    Segments =
                    [
                        new Segment { Id = Guid.NewGuid().ToString(), StartDateTime = start, EndDateTime = end, Caller = Endpoint(callerUser, callerNumber, "windows"), Callee = Endpoint(callee, null, "windows"), FailureInfo = failure },
                    ],
                },
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

    private static ParticipantEndpoint Endpoint(EmulatedUser? user, string? number, string platform) => new()
    {
        OdataType = "#microsoft.graph.callRecords.participantEndpoint",
        Identity = Identity(user, number),
        AssociatedIdentity = user is null ? null : new UserIdentity { Id = user.Id, DisplayName = user.DisplayName, UserPrincipalName = user.UserPrincipalName, AdditionalData = { ["tenantId"] = user.TenantId } },
        UserAgent = user is null
            ? new ClientUserAgent { OdataType = "#microsoft.graph.callRecords.clientUserAgent", HeaderValue = "PSTN", Platform = ClientPlatform.Unknown, ProductFamily = ProductFamily.Unknown }
            : new ClientUserAgent { OdataType = "#microsoft.graph.callRecords.clientUserAgent", HeaderValue = "CallSignalingAgent (Teams)", Platform = platform == "windows" ? ClientPlatform.Windows : ClientPlatform.Unknown, ProductFamily = ProductFamily.Teams },
    };

    private static CommunicationsIdentitySet Identity(EmulatedUser? user, string? number) => new()
    {
        User = user is null ? null : new GraphIdentity { Id = user.Id, DisplayName = user.DisplayName, AdditionalData = { ["tenantId"] = user.TenantId } },
        Phone = number is null ? null : new GraphIdentity { Id = number, DisplayName = number },
    };
}
