namespace GraphCallback.Benchmarks.Webhook;

/// <summary>The webhook stage: one run per rate against the published app, and the app's memory at the end.</summary>
internal sealed record WebhookResult(
    int Subscriptions,
    double NotificationsPerRequest,
    double SecondsPerRate,
    IReadOnlyList<WebhookRun> Runs,
    double? PeakRssMiB);

/// <summary>One rate: the load run, the app's resident memory after it, and the queue backlog the processing had not drained.</summary>
internal sealed record WebhookRun(LoadRun Load, double? RssMiB, int QueuedAfter);
