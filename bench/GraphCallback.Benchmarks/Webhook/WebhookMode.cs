namespace GraphCallback.Benchmarks.Webhook;

/// <summary>How the app under load runs.</summary>
internal enum WebhookMode
{
    /// <summary>Stand-alone: its own queue listener processes what the webhook queues, on the same cores, while the load goes on.</summary>
    StandAlone,

    /// <summary>
    /// As the Functions host's custom handler: HTTP only, the queues left to the host (here nobody
    /// drains them), so the figures are the webhook's own.
    /// </summary>
    WebhookOnly,
}
