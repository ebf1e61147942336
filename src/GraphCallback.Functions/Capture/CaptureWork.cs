namespace GraphCallback.Functions.Capture;

/// <summary>
/// A verified notification waiting on the <c>notifications</c> queue: enough to read the item
/// from Graph without looking the subscription up again.
/// </summary>
/// <param name="SubscriptionId">The subscription it arrived on.</param>
/// <param name="Owner">The owning user's partition key, or null for a tenant-wide subscription.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="Purpose">What the subscription watches.</param>
/// <param name="ChangeType">created, updated or deleted; null for lifecycle events.</param>
/// <param name="Resource">The changed resource's path.</param>
/// <param name="ResourceId">The changed item's id.</param>
/// <param name="LifecycleEvent">reauthorizationRequired, subscriptionRemoved or missed; null for changes.</param>
public sealed record CaptureWork(
    string SubscriptionId,
    string? Owner,
    string TenantId,
    string Purpose,
    string? ChangeType,
    string? Resource,
    string? ResourceId,
    string? LifecycleEvent);
