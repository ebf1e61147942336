using GraphCallback.Core.Calls;

namespace GraphCallback.Core.Intake;

/// <summary>
/// Decides when two events from one caller are one call, so the call count stays honest:
/// a voicemail left within 10 minutes after a missed-call event is that call's voicemail, and a
/// caller ringing again within a minute (a ring group, a parallel ring, a redial) is one call.
/// </summary>
public static class SameCallRule
{
    public static readonly TimeSpan VoicemailAfterMissedCall = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan RingAgain = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether <paramref name="call"/> and an event already recorded are one call, whichever was
    /// recorded first: Graph does not promise to notify in order, and queued work runs in parallel,
    /// so a voicemail can be taken in before the missed call it follows.
    /// </summary>
    public static bool IsSameCall(IEnumerable<CallEvent> recorded, CallEvent call)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(call);
        return recorded.Any(e => e.ReceivedAt <= call.ReceivedAt ? Follows(e, call) : Follows(call, e));
    }

    private static bool Follows(CallEvent earlier, CallEvent later)
    {
        var gap = later.ReceivedAt - earlier.ReceivedAt;
        return later.IsVoicemail
            ? !earlier.IsVoicemail && gap <= VoicemailAfterMissedCall
            : !earlier.IsVoicemail && gap <= RingAgain;
    }
}
