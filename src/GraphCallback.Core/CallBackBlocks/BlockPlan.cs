namespace GraphCallback.Core.CallBackBlocks;

/// <summary>The planner's decision for one day, and why, in words the task pane can show.</summary>
public sealed record BlockPlan(PlanAction Action, TimeRange? Time, int Calls, string Reason);
