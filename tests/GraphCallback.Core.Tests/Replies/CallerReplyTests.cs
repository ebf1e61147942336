using GraphCallback.Core.Replies;

namespace GraphCallback.Core.Tests.Replies;

/// <summary>The offer names a time to talk; the decline says no without leaving the caller waiting.</summary>
public sealed class CallerReplyTests
{
    [Fact]
    public void An_offer_greets_the_caller_and_quotes_the_availability_line()
    {
        var reply = CallerReply.Offer("Jo Baker", "You can reach me Tuesday between 2 and 4 pm");

        Assert.StartsWith("Hello Jo Baker,", reply.Body, StringComparison.Ordinal);
        Assert.Contains("You can reach me Tuesday between 2 and 4 pm.", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decline_to_an_unnamed_caller_is_still_polite_and_offers_no_time()
    {
        var reply = CallerReply.Decline(null);

        Assert.StartsWith("Hello,", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Thank you", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("reach me", reply.Body, StringComparison.Ordinal);
    }
}
