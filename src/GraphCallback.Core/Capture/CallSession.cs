namespace GraphCallback.Core.Capture;

/// <summary>
/// One session of a call record. <paramref name="Connected"/> is the adapter's reading of the
/// session: it had media segments and no failure info.
/// </summary>
public sealed record CallSession(CallParty? Caller, CallParty? Callee, DateTimeOffset Start, DateTimeOffset End, bool Connected);
