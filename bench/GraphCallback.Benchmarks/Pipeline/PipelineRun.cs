namespace GraphCallback.Benchmarks.Pipeline;

/// <summary>One pipeline workload, from voicemails landing in the emulator's inboxes to follow-ups in Table Storage and their sync to Graph.</summary>
/// <param name="Shape">Users and calls each.</param>
/// <param name="Captured">Calls the app captured within the time allowed.</param>
/// <param name="ConnectSeconds">Connecting every user (subscriptions and back-fill), before the clock starts.</param>
/// <param name="Seconds">From the first voicemail delivered to the last call captured.</param>
/// <param name="SyncedSeconds">From the first voicemail delivered to the last sync run.</param>
/// <param name="BlocksSeconds">From the first voicemail delivered to the last call-back block planned (after the debounce).</param>
/// <param name="GraphRequestsPerCall">Every request the emulator served meanwhile (tokens included), per call.</param>
/// <param name="GraphRoutesPerCall">The same by route.</param>
/// <param name="TableRequestsPerCall">The app's Table Storage requests meanwhile, per call.</param>
/// <param name="TableByMethod">The same by HTTP method, in all.</param>
/// <param name="Outcomes">Captures by intake outcome.</param>
/// <param name="Failures">Function runs that failed (and were retried), by function.</param>
/// <param name="CpuMsPerCall">CPU milliseconds per call, by process (the app shares the harness's).</param>
internal sealed record PipelineRun(
    PipelineShape Shape,
    long Captured,
    double ConnectSeconds,
    double Seconds,
    double SyncedSeconds,
    double BlocksSeconds,
    double GraphRequestsPerCall,
    IReadOnlyDictionary<string, double> GraphRoutesPerCall,
    double TableRequestsPerCall,
    IReadOnlyDictionary<string, long> TableByMethod,
    IReadOnlyDictionary<string, long> Outcomes,
    IReadOnlyDictionary<string, long> Failures,
    IReadOnlyDictionary<string, double> CpuMsPerCall)
{
    /// <summary>Pending follow-ups in Table Storage afterwards (one per call expected).</summary>
    public int FollowUpsFound { get; init; }

    /// <summary>To Do tasks in the emulator afterwards (one per follow-up once the To Do sync runs).</summary>
    public int TodoTasksFound { get; init; }

    /// <summary>Users whose call-back block for today is booked afterwards (none for those whose working day is over).</summary>
    public int BlocksBooked { get; init; }

    /// <summary>A plain loop's rate on the same Azurite before the run, empty.</summary>
    public RawTableRate RawBefore { get; init; } = new(0, 0);

    /// <summary>The same after the run, holding the run's data, with the app stopped.</summary>
    public RawTableRate RawAfter { get; init; } = new(0, 0);

    public double CallsPerSecond => Seconds > 0 ? Captured / Seconds : 0;

    public double TableRequestsPerSecond => Seconds > 0 ? TableRequestsPerCall * Captured / Seconds : 0;

    /// <summary>The pipeline's Table request rate as a share of what a plain upsert loop got from the same Azurite, filled, after it.</summary>
    public double TableRateShareOfRaw => RawAfter.UpsertsPerSecond > 0 ? TableRequestsPerSecond / RawAfter.UpsertsPerSecond : 0;
}
