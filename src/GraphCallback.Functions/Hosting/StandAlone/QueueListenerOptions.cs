namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// How the stand-alone queue listener leases and retries messages: configuration section
/// <c>QueueListener</c>. The Functions host has its own rules (host.json) and ignores these.
/// </summary>
public sealed class QueueListenerOptions
{
    public const string Section = "QueueListener";

    // Storage refuses to hide a message for longer.
    private static readonly TimeSpan LongestVisibility = TimeSpan.FromDays(7);

    /// <summary><c>QueueListener:BatchSize</c>: messages leased per read and handled side by side; host.json's <c>batchSize</c> is the same.</summary>
    public int BatchSize { get; set; } = 8;

    /// <summary>
    /// <c>QueueListener:Lease</c>: how long a read message stays hidden from other readers. It is
    /// renewed while the message is held, so this is only how soon it comes back after a crash.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>QueueListener:RenewEvery</c>: how often held messages' leases are renewed; well inside <see cref="Lease"/>.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>QueueListener:FirstRetry</c>: how long a message stays hidden after its first failed delivery.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>QueueListener:RetryGrowth</c>: each further failure hides it this many times longer...</summary>
    public double RetryGrowth { get; set; } = 5;

    /// <summary><c>QueueListener:LongestRetry</c>: ...up to this. By default 5 s, 25 s, 125 s, then 10 minutes.</summary>
    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a message stays hidden after its delivery number <paramref name="dequeueCount"/> failed.</summary>
    public TimeSpan RetryAfter(long dequeueCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dequeueCount, 1);
        var seconds = FirstRetry.TotalSeconds * Math.Pow(RetryGrowth, dequeueCount - 1);
        return seconds >= LongestRetry.TotalSeconds ? LongestRetry : TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Why these options cannot work, or null when they can.</summary>
    public string? Problem() =>
        BatchSize is < 1 or > 32 ? "QueueListener:BatchSize must be between 1 and 32 (what Storage hands out per read)."
        : Lease < TimeSpan.FromSeconds(1) || Lease > LongestVisibility ? "QueueListener:Lease must be between 1 second and 7 days."
        : RenewEvery <= TimeSpan.Zero || RenewEvery >= Lease ? "QueueListener:RenewEvery must be positive and shorter than QueueListener:Lease."
        : FirstRetry < TimeSpan.Zero || LongestRetry < FirstRetry || LongestRetry > LongestVisibility ? "QueueListener:FirstRetry and LongestRetry must be 0 to 7 days, FirstRetry the shorter."
        : RetryGrowth < 1 || double.IsNaN(RetryGrowth) || double.IsInfinity(RetryGrowth) ? "QueueListener:RetryGrowth must be a finite number of at least 1."
        : null;
}
