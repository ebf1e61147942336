namespace GraphCallback.Core.Replies;

/// <summary>
/// The e-mail a user may send a caller instead of playing phone tag: an offer to continue by
/// e-mail that still names a time to talk, or a courteous "no, thank you" instead of silence.
/// </summary>
public sealed record CallerReply(string Subject, string Body)
{
    public static CallerReply Offer(string? callerName, string availability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(availability);
        return new CallerReply(
            "Following up on your call",
            $"{Greeting(callerName)}\n\nSorry I missed your call. If it suits you, just reply to this e-mail and we can sort it out here. "
            + $"If you would rather talk: {availability}.\n\nBest regards");
    }

    public static CallerReply Decline(string? callerName) => new(
        "Thank you for your call",
        $"{Greeting(callerName)}\n\nThank you for calling and for thinking of us. We are not able to take this further, "
        + "so I did not want to leave you waiting for a call back.\n\nKind regards");

    private static string Greeting(string? callerName) =>
        string.IsNullOrWhiteSpace(callerName) ? "Hello," : $"Hello {callerName.Trim()},";
}
