using GraphCallback.Graph.Subscriptions;

namespace GraphCallback.Graph.Tests.Subscriptions;

public sealed class SubscriptionRequestTests
{
    [Theory]
    [InlineData("created,updated", true)]
    [InlineData("updated, Created", true)]
    [InlineData(null, true)]
    [InlineData("created", false)]
    [InlineData("created,updated,deleted", false)]
    public void Call_records_are_watched_for_creations_and_revisions(string? held, bool met)
    {
        Assert.Equal(met, SubscriptionRequest.CallRecords().IsMetBy(held));
    }
}
