namespace GraphCallback.Core.FollowUps;

/// <summary>One try at returning the call.</summary>
public sealed record Attempt(DateTimeOffset At, CallOutcome Outcome, string Actor, string? Note);
