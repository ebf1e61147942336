using GraphCallback.Core.FollowUps;

namespace GraphCallback.Core.Tests.FollowUps;

public class CallOutcomeTests
{
    [Fact]
    public void Exactly_the_outcomes_that_answer_the_caller_resolve()
    {
        var resolving = CallOutcome.All.Where(o => o.Effect == OutcomeEffect.Resolves).Select(o => o.Name);

        Assert.Equal(["reached", "declinedPolitely", "answeredByEmail"], resolving);
        Assert.Equal([CallOutcome.WrongNumber], CallOutcome.All.Where(o => o.Effect == OutcomeEffect.Dismisses));
        Assert.Equal(8, CallOutcome.All.Count);
    }

    [Fact]
    public void Names_parse_case_insensitively_and_unknown_names_list_the_known_ones()
    {
        Assert.Same(CallOutcome.LeftVoicemail, CallOutcome.Parse("LEFTVOICEMAIL"));
        Assert.False(CallOutcome.TryParse("hungUp", out _));
        var error = Assert.Throws<FormatException>(() => CallOutcome.Parse("hungUp"));
        Assert.Contains("reached", error.Message, StringComparison.Ordinal);
    }
}
