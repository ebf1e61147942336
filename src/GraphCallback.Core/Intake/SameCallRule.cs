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

    public static bool IsSameCall(IEnumerable<CallEvent> earlier, CallEvent call)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(call);
        return earlier.Any(e => Follows(e, call));
    }

    private static bool Follows(CallEvent earlier, CallEvent call)
    {
        var gap = call.ReceivedAt - earlier.ReceivedAt;
        if (gap < TimeSpan.Zero)
        {
            return false;
        }

        return call.IsVoicemail
            ? !earlier.IsVoicemail && gap <= VoicemailAfterMissedCall
            : !earlier.IsVoicemail && gap <= RingAgain;
    }
}
