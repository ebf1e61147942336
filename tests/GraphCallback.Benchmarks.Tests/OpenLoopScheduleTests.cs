using System.Diagnostics;
using GraphCallback.Benchmarks.Measuring;

namespace GraphCallback.Benchmarks.Tests;

public class OpenLoopScheduleTests
{
    [Fact]
    public void Requests_are_spaced_evenly_at_the_rate_from_the_start()
    {
        var schedule = new OpenLoopSchedule(200, TimeSpan.FromSeconds(10));

        Assert.Equal(2000, schedule.Count);
        Assert.Equal(TimeSpan.Zero, schedule.Offset(0));
        Assert.Equal(TimeSpan.FromMilliseconds(5), schedule.Offset(1));
        Assert.Equal(TimeSpan.FromMilliseconds(9995), schedule.Offset(1999));
    }

    [Fact]
    public void Intended_times_do_not_drift_at_rates_that_do_not_divide_a_second()
    {
        var schedule = new OpenLoopSchedule(3, TimeSpan.FromSeconds(60));

        Assert.Equal(180, schedule.Count);
        Assert.Equal(TimeSpan.FromSeconds(59), schedule.Offset(177));
    }

    [Fact]
    public void Intended_times_convert_to_stopwatch_timestamps_from_the_start()
    {
        var schedule = new OpenLoopSchedule(50, TimeSpan.FromSeconds(1));
        const long start = 1_000_000;

        Assert.Equal(start, schedule.Timestamp(start, 0));
        Assert.Equal(start + (Stopwatch.Frequency / 50), schedule.Timestamp(start, 1));
    }
}
