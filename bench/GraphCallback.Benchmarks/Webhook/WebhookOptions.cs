namespace GraphCallback.Benchmarks.Webhook;

/// <summary>How hard and how long to drive the webhook, and in which of the app's hosting modes.</summary>
internal sealed record WebhookOptions(IReadOnlyList<double> Rates, TimeSpan PerRate, int Subscriptions, IReadOnlyList<WebhookMode> Modes)
{
    /// <summary>A request still unanswered after this counts as an error.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
