namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>A message on the <c>callback-plan</c> queue: re-plan this user's block for today.</summary>
/// <param name="Owner">The user's partition key.</param>
public sealed record PlanWork(string Owner);
