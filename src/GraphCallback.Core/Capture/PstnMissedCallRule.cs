namespace GraphCallback.Core.Capture;

/// <summary>
/// Which PSTN log rows are missed calls: inbound (a call type ending in "_in") to a connected user,
/// never connected (zero duration). Outbound calls and conference dial-ins are not the user's to
/// return. Like <see cref="MissedCallRule"/>, this is our inference: the log has no "missed" flag.
/// </summary>
public static class PstnMissedCallRule
{
    public static IReadOnlyList<PstnCall> Apply(IEnumerable<PstnCall> rows, IReadOnlySet<string> connectedUserIds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(connectedUserIds);
        return
        [
            .. rows.Where(r => r.UserId is { } user && connectedUserIds.Contains(user)
                && r.CallType is { } type && type.EndsWith("_in", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("conf", StringComparison.OrdinalIgnoreCase)
                && r.DurationSeconds == 0),
        ];
    }
}
