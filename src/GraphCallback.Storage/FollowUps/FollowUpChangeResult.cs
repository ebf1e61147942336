namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// What <see cref="FollowUpStore.ChangeAsync(GraphCallback.Core.Users.UserKey, GraphCallback.Core.FollowUps.FollowUpId, Action{GraphCallback.Core.FollowUps.FollowUp}, IdempotentRequest?, CancellationToken)"/>
/// did: changed the follow-up, or found its idempotency key already used; both null when the follow-up does not exist.
/// </summary>
public sealed record FollowUpChangeResult(Core.FollowUps.FollowUp? Changed, RecordedRequest? Earlier);
