namespace GraphCallback.Benchmarks.Planning;

/// <summary>
/// The app's morning timer planning N users' days against the emulator, each with one call
/// pending: wall time, and the Graph and Table requests it cost per user.
/// </summary>
/// <param name="Users">Users whose morning it was.</param>
/// <param name="Planned">Days the app planned.</param>
/// <param name="WallSeconds">The timer run, start to end.</param>
/// <param name="ScheduleRequestsPerUser">getSchedule requests, per user.</param>
/// <param name="CalendarWritesPerUser">Event creations, updates and deletions, per user.</param>
/// <param name="GraphRequestsPerUser">Every Graph request, per user.</param>
/// <param name="TableRequestsPerUser">The app's Table Storage requests, per user.</param>
internal sealed record MorningPlanningRun(
    int Users,
    long Planned,
    double WallSeconds,
    double ScheduleRequestsPerUser,
    double CalendarWritesPerUser,
    double GraphRequestsPerUser,
    double TableRequestsPerUser);
