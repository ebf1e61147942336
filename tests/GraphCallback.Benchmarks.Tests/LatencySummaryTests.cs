using GraphCallback.Benchmarks.Measuring;

namespace GraphCallback.Benchmarks.Tests;

public class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_values_that_occurred()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        Assert.Equal(100, summary.Count);
        Assert.Equal(50, summary.P50);
        Assert.Equal(95, summary.P95);
        Assert.Equal(99, summary.P99);
        Assert.Equal(100, summary.Max);
    }

    [Fact]
    public void A_single_slow_request_in_a_hundred_is_the_p99_only_when_it_is_the_slowest_percent()
    {
        var fast = Enumerable.Repeat(1.0, 99).Append(500);

        var summary = LatencySummary.Of(fast);

        Assert.Equal(1, summary.P99);
        Assert.Equal(500, summary.Max);
    }

    [Fact]
    public void Small_samples_take_the_value_at_the_rank_rounded_up()
    {
        double[] sorted = [10, 20, 30];

        Assert.Equal(20, LatencySummary.Percentile(sorted, 50));
        Assert.Equal(30, LatencySummary.Percentile(sorted, 95));
        Assert.Equal(10, LatencySummary.Percentile(sorted, 1));
    }

    [Fact]
    public void No_samples_give_no_figures()
    {
        var summary = LatencySummary.Of([]);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.P99));
    }
}
