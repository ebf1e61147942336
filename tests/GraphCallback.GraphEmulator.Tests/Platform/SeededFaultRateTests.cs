using GraphCallback.GraphEmulator.Platform.Faults;

namespace GraphCallback.GraphEmulator.Tests.Platform;

/// <summary>A fractional fault rule with a seed hits the same requests in every run, so a failure under a fault rate reproduces.</summary>
public sealed class SeededFaultRateTests
{
    private const string Route = "/v1.0/users/{user}";

    [Fact]
    public void Two_injectors_with_the_same_seeded_rule_hit_the_same_requests()
    {
        var first = Hits(seed: 1234);
        var second = Hits(seed: 1234);

        Assert.Equal(first, second);
        Assert.InRange(first.Count(hit => hit), 10, 40);
    }

    [Fact]
    public void The_rules_report_how_often_they_hit()
    {
        var injector = new FaultInjector();
        injector.Add(new FaultRule { Kind = FaultKind.Throttle, Route = Route, Fraction = 0.25, Seed = 1234 });

        var hits = Enumerable.Range(0, 100).Count(_ => injector.ForRequest("GET", Route, "tenant", Route) is not null);

        Assert.Equal(hits, Assert.Single(injector.Rules).Hits);
    }

    [Fact]
    public void Another_seed_hits_other_requests()
    {
        Assert.NotEqual(Hits(seed: 1234), Hits(seed: 4321));
    }

    private static List<bool> Hits(int seed)
    {
        var injector = new FaultInjector();
        injector.Add(new FaultRule { Kind = FaultKind.Throttle, Route = Route, Fraction = 0.25, Seed = seed });
        return [.. Enumerable.Range(0, 100).Select(_ => injector.ForRequest("GET", Route, "tenant", Route) is not null)];
    }
}
