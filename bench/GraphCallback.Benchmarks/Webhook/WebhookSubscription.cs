using GraphCallback.Core.Users;

namespace GraphCallback.Benchmarks.Webhook;

/// <summary>A stored inbox subscription the load posts notifications for, and the messages in that inbox they name.</summary>
internal sealed record WebhookSubscription(string Id, string ClientState, UserKey Owner, IReadOnlyList<string> MessageIds, DateTimeOffset ExpiresAt);
