namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// Body of POST /api/followups: a call taken down by hand. ForUser (a UPN or object id) enters it
/// for a colleague who lists the signed-in user among their delegates.
/// </summary>
public sealed record ManualFollowUpRequest(string? Number, string? Name, string? Note, string? ForUser);
