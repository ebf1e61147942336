using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Connections;

/// <summary>A user who connected GraphCallback: their inbox subscription and where inbox catch-up resumes.</summary>
public sealed record Connection(UserKey User, DateTimeOffset ConnectedAt, string? InboxSubscriptionId, string? InboxDeltaLink);
