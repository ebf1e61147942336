namespace GraphCallback.Core.Capture;

/// <summary>
/// The one rule that decides who missed a Teams call; Graph has no "missed" flag, so this is our
/// inference, kept in one place. A connected user missed a call when
/// (1) the call was inbound to them: someone else started it (the caller of the earliest session;
///     the organizer only when no session names a caller, because for a PSTN call into Teams the
///     organizer can be the callee), and
/// (2) they were rung: they are the callee of at least one session, and
/// (3) none of their sessions connected: a connected session has media segments and either no
///     failure info or a failure at midcall (answered, then dropped: the caller was reached).
/// Every member of a ring group who was rung and did not answer gets their own missed call.
/// </summary>
public static class MissedCallRule
{
    public static IReadOnlyList<MissedCall> Apply(CallRecordSummary record, IReadOnlySet<string> connectedUserIds)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(connectedUserIds);
        var originator = record.Sessions.OrderBy(s => s.Start).Select(s => s.Caller).FirstOrDefault(c => c is not null) ?? record.Organizer;
        if (originator is null)
        {
            return [];
        }

        var rung = record.Sessions
            .Where(s => s.Callee?.UserId is { } id && connectedUserIds.Contains(id) && !IsSameParty(s.Callee, originator))
            .Select(s => s.Callee!.UserId!)
            .Distinct(StringComparer.OrdinalIgnoreCase);

        return
        [
            .. rung
                .Where(user => !record.Sessions.Any(s => Connected(s) && (IsUser(s.Callee, user) || IsUser(s.Caller, user))))
                .Select(user => new MissedCall(user, originator, record.Start)),
        ];
    }

    private static bool Connected(CallSession session) =>
        session.HadSegments && session.Failure is SessionFailure.None or SessionFailure.Midcall;

    private static bool IsUser(CallParty? party, string userId) =>
        string.Equals(party?.UserId, userId, StringComparison.OrdinalIgnoreCase);

    private static bool IsSameParty(CallParty? a, CallParty b) =>
        a is not null && ((a.UserId is not null && string.Equals(a.UserId, b.UserId, StringComparison.OrdinalIgnoreCase))
            || (a.PhoneNumber is not null && a.PhoneNumber == b.PhoneNumber));
}
