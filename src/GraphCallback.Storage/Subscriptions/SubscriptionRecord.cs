using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Subscriptions;

/// <summary>A Graph change-notification subscription we created, and whose changes it reports.</summary>
/// <param name="Id">Graph's subscription id.</param>
/// <param name="Owner">The user whose resource it watches; null for tenant-wide ones (call records).</param>
/// <param name="TenantId">The tenant it lives in.</param>
/// <param name="Resource">The Graph resource path subscribed to.</param>
/// <param name="Purpose">What notifications on it mean: inbox messages or call records.</param>
/// <param name="ClientState">The secret Graph echoes in every notification.</param>
/// <param name="ExpiresAt">When Graph drops it unless renewed.</param>
public sealed record SubscriptionRecord(
    string Id,
    UserKey? Owner,
    string TenantId,
    string Resource,
    SubscriptionPurpose Purpose,
    string ClientState,
    DateTimeOffset ExpiresAt);

/// <summary>What a subscription watches.</summary>
public enum SubscriptionPurpose
{
    InboxMessages,
    CallRecords,
}
