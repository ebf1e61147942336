using System.Globalization;

namespace GraphCallback.Benchmarks.Reporting;

/// <summary>A target the project set itself, what this run measured against it, and by how much it was missed if it was.</summary>
internal sealed record Goal(string Name, string Target, string Measured, bool? Met, string Verdict)
{
    public const double WebhookP99Milliseconds = 30;
    public const double WebhookGoalRate = 200;
    public const double HarnessMinutes = 10;

    /// <summary>Graph requests a captured call needs at the least: one read of the item and one write of its To Do task (the calendar amortised over many calls).</summary>
    public const double GraphFloorPerCall = 2;

    public static IReadOnlyList<Goal> Check(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var goals = new List<Goal>();
        foreach (var run in report.Webhook?.Runs.Where(r => r.Load.IntendedPerSecond == WebhookGoalRate) ?? [])
        {
            goals.Add(AtMost($"Webhook ack p99 at {WebhookGoalRate:0}/s ({Words(run.Mode)})", WebhookP99Milliseconds, run.Load.Latency.P99, "ms"));
        }

        foreach (var pipeline in report.Pipeline ?? [])
        {
            goals.Add(AtMost($"Graph requests per captured call ({pipeline.Shape})", GraphFloorPerCall, pipeline.GraphRequestsPerCall, "req", "floor"));
            goals.Add(new Goal(
                $"Every call a follow-up ({pipeline.Shape})",
                pipeline.Shape.Calls.ToString(CultureInfo.InvariantCulture),
                pipeline.FollowUpsFound.ToString(CultureInfo.InvariantCulture),
                pipeline.FollowUpsFound == pipeline.Shape.Calls,
                pipeline.FollowUpsFound == pipeline.Shape.Calls ? "met" : $"missed: {pipeline.Shape.Calls - pipeline.FollowUpsFound} missing"));
            goals.Add(new Goal(
                $"Every follow-up a To Do task ({pipeline.Shape})",
                pipeline.FollowUpsFound.ToString(CultureInfo.InvariantCulture),
                pipeline.TodoTasksFound.ToString(CultureInfo.InvariantCulture),
                pipeline.TodoTasksFound == pipeline.FollowUpsFound,
                pipeline.TodoTasksFound == pipeline.FollowUpsFound ? "met" : $"missed: {pipeline.FollowUpsFound - pipeline.TodoTasksFound} missing"));
        }

        foreach (var morning in report.MorningPlanning ?? [])
        {
            var batches = Math.Ceiling(morning.Users / (double)Planning.PlanningRun.ScheduleBatch);
            goals.Add(AtMost($"getSchedule requests to plan {morning.Users} users", batches, morning.ScheduleRequestsPerUser * morning.Users, "req", "⌈N/20⌉ ="));
        }

        goals.Add(AtMost("Harness run time (stages; build and publish excluded)", HarnessMinutes, report.HarnessSeconds / 60, "min"));
        return goals;
    }

    public static string Words(Webhook.WebhookMode mode) => mode == Webhook.WebhookMode.StandAlone ? "stand-alone" : "webhook only";

    private static Goal AtMost(string name, double target, double measured, string unit, string targetWord = "at most")
    {
        var met = measured <= target;
        var over = measured - target;
        var verdict = met ? "met" : $"missed by {Format(over)} {unit} ({(over / target * 100).ToString("0", CultureInfo.InvariantCulture)}%)";
        return new Goal(name, $"{targetWord} {Format(target)} {unit}", $"{Format(measured)} {unit}", met, verdict);
    }

    private static string Format(double value) => value.ToString(value >= 100 ? "0" : "0.0#", CultureInfo.InvariantCulture);
}
