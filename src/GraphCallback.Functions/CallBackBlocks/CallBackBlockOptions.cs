namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>When call-back blocks are planned: configuration section <c>CallBackBlocks</c>.</summary>
public sealed class CallBackBlockOptions
{
    public const string Section = "CallBackBlocks";

    /// <summary>How long after a change the block is re-planned: every change within it costs one calendar write together.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest a deferred plan message stays hidden on the queue before it looks at the clock
    /// again; the queue's clock and the app's may differ, so a plan is never run early.
    /// </summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The local hour (in each user's own zone) at which the morning timer books the day.</summary>
    public int PlanningHour { get; set; } = 6;
}
