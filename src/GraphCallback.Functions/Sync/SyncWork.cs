namespace GraphCallback.Functions.Sync;

/// <summary>A message on the <c>sync</c> queue: these follow-ups of this user changed, bring Graph in line.</summary>
/// <param name="Owner">The user's partition key (tenant id and object id).</param>
/// <param name="FollowUpIds">The follow-ups that changed; empty means "look at all of them".</param>
public sealed record SyncWork(string Owner, IReadOnlyList<string> FollowUpIds);
