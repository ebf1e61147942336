using BenchmarkDotNet.Attributes;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Benchmarks.Micro;

/// <summary>The call-back planner over a mix of users' days (the planning stage's workload), per day planned.</summary>
public class PlannerBenchmarks
{
    private const int Days = 64;

    private IReadOnlyList<PlanningDay> _days = [];

    [GlobalSetup]
    public void Setup() => _days = PlanningWorkload.Days(Days, seed: 11);

    [Benchmark(OperationsPerInvoke = Days)]
    public int PlanDay()
    {
        var writes = 0;
        foreach (var day in _days)
        {
            writes += CallBackPlanner.Plan(day).Action is PlanAction.Nothing or PlanAction.NoTimeToday ? 0 : 1;
        }

        return writes;
    }
}
