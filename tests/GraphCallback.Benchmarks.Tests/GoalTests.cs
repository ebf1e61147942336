using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Benchmarks.Reporting;
using GraphCallback.Benchmarks.Webhook;

namespace GraphCallback.Benchmarks.Tests;

public class GoalTests
{
    private static readonly MachineFacts Machine = new(2, "Linux", ".NET 10", null);

    [Fact]
    public void A_missed_webhook_goal_says_by_how_much()
    {
        var report = Report(p99AtGoalRate: 45);

        var goal = report.Goals.Single(g => g.Name.StartsWith("Webhook", StringComparison.Ordinal));

        Assert.False(goal.Met);
        Assert.Equal("missed by 15.0 ms (50%)", goal.Verdict);
        Assert.Equal("Webhook ack p99 at 200/s (stand-alone)", goal.Name);
    }

    [Fact]
    public void A_met_goal_says_so()
    {
        var report = Report(p99AtGoalRate: 12.5);

        var goal = report.Goals.Single(g => g.Name.StartsWith("Webhook", StringComparison.Ordinal));

        Assert.True(goal.Met);
        Assert.Equal("met", goal.Verdict);
        Assert.Equal("12.5 ms", goal.Measured);
    }

    private static BenchReport Report(double p99AtGoalRate)
    {
        var latency = new LatencySummary(2000, 3, 8, p99AtGoalRate, 60);
        var run = new WebhookRun(WebhookMode.StandAlone, new LoadRun(200, 2000, 0, latency, latency, 200), 150, 0, new Dictionary<string, double>());
        return new BenchReport(DateTimeOffset.UnixEpoch, null, Machine, null, 300, null, new WebhookResult(20, 2, 10, [run], 200), null, null, null, null);
    }
}
