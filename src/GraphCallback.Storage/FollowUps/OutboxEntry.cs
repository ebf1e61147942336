using Azure;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.FollowUps;

/// <summary>A follow-up whose change is not yet known to be synced, as of the row's <paramref name="ETag"/>.</summary>
public sealed record OutboxEntry(UserKey User, FollowUpId FollowUpId, DateTimeOffset RequestedAt, ETag ETag);
