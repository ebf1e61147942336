using Azure;

namespace GraphCallback.Storage.Subscriptions;

/// <summary>A held claim on subscribing to one resource of a tenant, released by its ETag.</summary>
public sealed record SubscriptionClaim(string TenantId, string Key, ETag ETag);
