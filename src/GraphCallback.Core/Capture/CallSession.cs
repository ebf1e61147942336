namespace GraphCallback.Core.Capture;

/// <summary>One session of a call record: who rang whom, when, and how it went.</summary>
/// <param name="Caller">Who started the session; null when Graph names no participant there.</param>
/// <param name="Callee">Who was rung; null likewise.</param>
/// <param name="Start">When the session started.</param>
/// <param name="End">When it ended.</param>
/// <param name="HadSegments">Whether the session has media segments.</param>
/// <param name="Failure">Where it failed, if it did.</param>
public sealed record CallSession(CallParty? Caller, CallParty? Callee, DateTimeOffset Start, DateTimeOffset End, bool HadSegments, SessionFailure Failure);
