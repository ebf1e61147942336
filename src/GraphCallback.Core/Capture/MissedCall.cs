namespace GraphCallback.Core.Capture;

/// <summary>A connected user who did not answer an inbound call, and who called them.</summary>
public sealed record MissedCall(string UserId, CallParty Caller, DateTimeOffset At);
