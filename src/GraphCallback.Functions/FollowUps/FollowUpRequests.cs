namespace GraphCallback.Functions.FollowUps;

/// <summary>Body of POST /api/followups/{id}/attempts: an outcome name (see CallOutcome) and an optional note.</summary>
public sealed record LogAttemptRequest(string? Outcome, string? Note);

/// <summary>Body of POST /api/followups/{id}/snooze.</summary>
public sealed record SnoozeRequest(DateTimeOffset? Until);

/// <summary>Body of POST /api/followups/{id}/dismiss.</summary>
public sealed record DismissRequest(string? Reason);
