namespace GraphCallback.GraphEmulator.Platform;

/// <summary>The emulator's settings, bound from the "Emulator" configuration section.</summary>
public sealed class EmulatorOptions
{
    public const string Section = "Emulator";

    /// <summary>"demo", a path to a scenario file, or empty for an empty tenant.</summary>
    public string? Scenario { get; set; }

    /// <summary>The base URL put into issuers and links; when empty, the request's own scheme and host.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a delta token stays usable before it answers 410 syncStateNotFound.</summary>
    public TimeSpan DeltaTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The first retry delay of a failed notification delivery; it doubles on each attempt.</summary>
    public TimeSpan NotificationRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times one notification POST is attempted before it is given up.</summary>
    public int NotificationMaxAttempts { get; set; } = 8;

    /// <summary>How long the emulator waits for a webhook (validation handshake or delivery) to answer.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Outlook's concurrent requests per app and mailbox; one more is 429 (0 turns the limit off).</summary>
    public int MailboxConcurrencyLimit { get; set; } = 4;

    /// <summary>How many notifications at most go into one POST.</summary>
    public int NotificationBatchSize { get; set; } = 20;
}
