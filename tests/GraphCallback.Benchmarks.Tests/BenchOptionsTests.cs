using GraphCallback.Benchmarks.Pipeline;

namespace GraphCallback.Benchmarks.Tests;

public class BenchOptionsTests
{
    [Fact]
    public void Without_options_every_stage_runs_at_the_documented_sizes()
    {
        var options = BenchOptions.Parse([]);

        Assert.Equal(BenchOptions.AllStages, options.Stages);
        Assert.Equal([50, 200, 500], options.Rates);
        Assert.Equal([new PipelineShape(100, 10), new PipelineShape(1000, 2)], options.Pipeline);
        Assert.Equal([100, 1000, 10000], options.Planning);
    }

    [Fact]
    public void Options_choose_stages_and_sizes()
    {
        var options = BenchOptions.Parse(["--stages", "webhook,pipeline", "--rates", "100", "--seconds", "3", "--pipeline", "10x2", "--commit", "abc1234"]);

        Assert.True(options.Runs("webhook"));
        Assert.False(options.Runs("micro"));
        Assert.Equal([100], options.Rates);
        Assert.Equal(TimeSpan.FromSeconds(3), options.PerRate);
        Assert.Equal([new PipelineShape(10, 2)], options.Pipeline);
        Assert.Equal("abc1234", options.Commit);
    }

    [Theory]
    [InlineData("--stages", "everything")]
    [InlineData("--pipeline", "100by20")]
    [InlineData("--colour", "blue")]
    public void Unknown_options_and_bad_values_are_refused(string option, string value) =>
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse([option, value]));
}
