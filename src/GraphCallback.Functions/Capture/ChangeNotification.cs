using System.Text.Json.Serialization;

namespace GraphCallback.Functions.Capture;

/// <summary>The body Graph posts to a notification URL: a batch of change or lifecycle notifications.</summary>
public sealed record ChangeNotificationCollection(
    [property: JsonPropertyName("value")] IReadOnlyList<ChangeNotification>? Value);

/// <summary>One change (or lifecycle) notification as Graph sends it; only the fields we use.</summary>
public sealed record ChangeNotification(
    [property: JsonPropertyName("subscriptionId")] string? SubscriptionId,
    [property: JsonPropertyName("clientState")] string? ClientState,
    [property: JsonPropertyName("changeType")] string? ChangeType,
    [property: JsonPropertyName("resource")] string? Resource,
    [property: JsonPropertyName("resourceData")] ResourceData? ResourceData,
    [property: JsonPropertyName("tenantId")] string? TenantId,
    [property: JsonPropertyName("lifecycleEvent")] string? LifecycleEvent);

/// <summary>Identifies the changed item.</summary>
public sealed record ResourceData([property: JsonPropertyName("id")] string? Id);
