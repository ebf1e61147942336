using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Benchmarks.Planning;

/// <summary>
/// Planning N users' days with the pure planner. getSchedule requests are modelled as one per 20
/// users (the batch the orchestration reads free/busy in); writes are the plans that change the
/// calendar (a refreshed description counted as a write).
/// </summary>
internal sealed record PlanningRun(int Users, double WallMilliseconds, IReadOnlyDictionary<PlanAction, int> Actions)
{
    public const int ScheduleBatch = 20;

    public double MicrosecondsPerUser => Users > 0 ? WallMilliseconds * 1000 / Users : 0;

    public double ScheduleRequestsPerUser => Users > 0 ? Math.Ceiling(Users / (double)ScheduleBatch) / Users : 0;

    public double WritesPerUser => Users > 0
        ? Actions.Where(a => a.Key is not (PlanAction.Nothing or PlanAction.NoTimeToday)).Sum(a => a.Value) / (double)Users
        : 0;
}
