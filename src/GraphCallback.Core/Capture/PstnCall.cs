namespace GraphCallback.Core.Capture;

/// <summary>One row of the PSTN call log, as much of it as capture needs.</summary>
/// <param name="Id">The row's id, stable across reads.</param>
/// <param name="UserId">The Teams user the call was for or from.</param>
/// <param name="CallType">Graph's call type ("user_in", "ucap_in", "user_out", ...).</param>
/// <param name="CallerNumber">The calling number.</param>
/// <param name="Start">When the call started.</param>
/// <param name="DurationSeconds">How long the call was connected.</param>
public sealed record PstnCall(string Id, string? UserId, string? CallType, string? CallerNumber, DateTimeOffset Start, int DurationSeconds);
