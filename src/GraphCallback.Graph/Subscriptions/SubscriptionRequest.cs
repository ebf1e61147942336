namespace GraphCallback.Graph.Subscriptions;

/// <summary>What to subscribe to, and for how long Graph allows it.</summary>
/// <param name="Resource">The Graph resource path.</param>
/// <param name="ChangeTypes">Comma-separated change types.</param>
/// <param name="Lifetime">How long to ask for: a little under the resource's maximum (graph-notes.md).</param>
public sealed record SubscriptionRequest(string Resource, string ChangeTypes, TimeSpan Lifetime)
{
    /// <summary>Messages allow 10,080 minutes; ask for a bit less so clock skew never makes Graph refuse.</summary>
    public static SubscriptionRequest Inbox(string userId) =>
        new($"users/{userId}/mailFolders('inbox')/messages", "created,updated", TimeSpan.FromMinutes(10_080 - 60));

    /// <summary>Call records allow 4,230 minutes and are one subscription per tenant; records are revised, so updates count too.</summary>
    public static SubscriptionRequest CallRecords() =>
        new("communications/callRecords", "created,updated", TimeSpan.FromMinutes(4_230 - 60));

    /// <summary>Whether a subscription Graph holds with <paramref name="changeTypes"/> reports what this request asks for (unknown counts as yes).</summary>
    public bool IsMetBy(string? changeTypes) =>
        changeTypes is null || Split(ChangeTypes).SetEquals(Split(changeTypes));

    private static HashSet<string> Split(string changeTypes) =>
        changeTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

}
