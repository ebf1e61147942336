using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>
/// A stored subscription, immutable (a renewal replaces it): what the client asked for, who owns
/// it, and its normalised resource for matching changes.
/// </summary>
public sealed record SubscriptionEntry
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string OwnerAppId { get; init; }

    public string? CreatorId { get; init; }

    public required string Resource { get; init; }

    public required string NormalizedResource { get; init; }

    public required string ChangeType { get; init; }

    public required string NotificationUrl { get; init; }

    public string? LifecycleNotificationUrl { get; init; }

    public string? ClientState { get; init; }

    public required DateTimeOffset ExpirationDateTime { get; init; }

    /// <summary>Filters on extended properties are reported never to fire (graph-notes.md); the emulator behaves alike.</summary>
    public bool NeverFires { get; init; }

    public IReadOnlySet<string> ChangeTypes =>
        ChangeType.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public Subscription ToGraph() => new()
    {
        Id = Id,
        Resource = Resource,
        ChangeType = ChangeType,
        NotificationUrl = NotificationUrl,
        LifecycleNotificationUrl = LifecycleNotificationUrl,
        ClientState = ClientState,
        ExpirationDateTime = ExpirationDateTime,
        ApplicationId = OwnerAppId,
        CreatorId = CreatorId ?? OwnerAppId,
        IncludeResourceData = false,
        LatestSupportedTlsVersion = "v1_2",
        NotificationUrlAppId = null,
    };
}
