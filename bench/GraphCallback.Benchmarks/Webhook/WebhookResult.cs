namespace GraphCallback.Benchmarks.Webhook;

/// <summary>The webhook stage: one run per hosting mode and rate against the published app, and the app's peak memory.</summary>
internal sealed record WebhookResult(
    int Subscriptions,
    double NotificationsPerRequest,
    double SecondsPerRate,
    IReadOnlyList<WebhookRun> Runs,
    double? PeakRssMiB);

/// <summary>
/// One rate: the load run, the app's resident memory after it, the queue backlog its processing
/// had not drained, and the CPU milliseconds each process (app, Azurite, emulator, harness) spent per request meanwhile.
/// </summary>
internal sealed record WebhookRun(WebhookMode Mode, LoadRun Load, double? RssMiB, int QueuedAfter, IReadOnlyDictionary<string, double> CpuMsPerRequest);
