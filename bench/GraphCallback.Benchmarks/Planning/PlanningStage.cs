using System.Diagnostics;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Benchmarks.Planning;

/// <summary>The pure call-back planner over populations of users: wall time and what it would write.</summary>
internal static class PlanningStage
{
    private const int Seed = 7;

    public static IReadOnlyList<PlanningRun> Run(IEnumerable<int> populations)
    {
        // The first pass pays for JIT compilation and time zone loading; it is not reported.
        PlanAll(PlanningWorkload.Days(100, Seed));
        return [.. populations.Select(users =>
        {
            var days = PlanningWorkload.Days(users, Seed);
            var start = Stopwatch.GetTimestamp();
            var plans = PlanAll(days);
            var wall = Stopwatch.GetElapsedTime(start);
            return new PlanningRun(users, wall.TotalMilliseconds, plans.GroupBy(p => p.Action).ToDictionary(g => g.Key, g => g.Count()));
        })];
    }

    private static List<BlockPlan> PlanAll(IReadOnlyList<PlanningDay> days) => [.. days.Select(CallBackPlanner.Plan)];
}
