using GraphCallback.Core.Capture;

namespace GraphCallback.Core.Tests.Capture;

public class PstnMissedCallRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 8, 10, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> Connected = ["ana"];

    [Theory]
    [InlineData("user_in", 0, "ana", true)]
    [InlineData("ucap_in", 0, "ana", true)]
    [InlineData("user_in", 95, "ana", false)]
    [InlineData("user_out", 0, "ana", false)]
    [InlineData("conf_in", 0, "ana", false)]
    [InlineData("user_in", 0, "ben", false)]
    [InlineData(null, 0, "ana", false)]
    public void Only_unconnected_inbound_calls_to_connected_users_are_missed(string? callType, int duration, string user, bool missed)
    {
        var row = new PstnCall("row-1", user, callType, "+14255550100", T0, duration);

        Assert.Equal(missed, PstnMissedCallRule.Apply([row], Connected).Count == 1);
    }
}
