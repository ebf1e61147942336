namespace GraphCallback.Core.Capture;

/// <summary>One end of a Teams call: a user of the tenant (by object id) or a phone.</summary>
public sealed record CallParty(string? UserId, string? PhoneNumber, string? DisplayName);
