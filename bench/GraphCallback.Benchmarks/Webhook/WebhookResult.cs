namespace GraphCallback.Benchmarks.Webhook;

/// <summary>The webhook stage: one run per rate against the published app, and the app's memory at the end.</summary>
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
internal sealed record WebhookRun(LoadRun Load, double? RssMiB, int QueuedAfter, IReadOnlyDictionary<string, double> CpuMsPerRequest);
