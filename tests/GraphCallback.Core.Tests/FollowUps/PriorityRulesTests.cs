using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;

namespace GraphCallback.Core.Tests.FollowUps;

public class PriorityRulesTests
{
    [Fact]
    public void By_default_clients_come_first_and_unknown_callers_last()
    {
        Assert.Equal(1, PriorityRules.Default.RankOf(CallerKind.Client));
        Assert.Equal(2, PriorityRules.Default.RankOf(CallerKind.Colleague));
        Assert.Equal(5, PriorityRules.Default.RankOf(CallerKind.Unknown));
    }

    [Fact]
    public void A_user_may_reorder_but_must_name_every_kind_once()
    {
        var colleaguesFirst = new PriorityRules([CallerKind.Colleague, CallerKind.Client, CallerKind.KnownContact, CallerKind.Unknown, CallerKind.Vendor]);

        Assert.Equal(1, colleaguesFirst.RankOf(CallerKind.Colleague));
        Assert.Throws<ArgumentException>(() => new PriorityRules([CallerKind.Client, CallerKind.Client]));
        Assert.Throws<ArgumentException>(() => new PriorityRules([CallerKind.Client]));
    }
}
