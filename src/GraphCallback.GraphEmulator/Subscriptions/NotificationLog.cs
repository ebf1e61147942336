using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>Counts and remembers notification deliveries, for the control API and tests.</summary>
public sealed class NotificationLog : IResettable
{
    private const int Kept = 200;
    private readonly ConcurrentQueue<DeliveryRecord> _recent = new();
    private long _attempts;
    private long _delivered;
    private long _failed;
    private long _dropped;
    private long _duplicated;
    private long _abandoned;

    public void Attempt(DeliveryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Interlocked.Increment(ref _attempts);
        Interlocked.Increment(ref record.Succeeded ? ref _delivered : ref _failed);
        _recent.Enqueue(record);
        while (_recent.Count > Kept && _recent.TryDequeue(out _))
        {
        }
    }

    public void Dropped() => Interlocked.Increment(ref _dropped);

    public void Duplicated() => Interlocked.Increment(ref _duplicated);

    public void Abandoned() => Interlocked.Increment(ref _abandoned);

    public object Snapshot() => new
    {
        attempts = Interlocked.Read(ref _attempts),
        delivered = Interlocked.Read(ref _delivered),
        failed = Interlocked.Read(ref _failed),
        dropped = Interlocked.Read(ref _dropped),
        duplicated = Interlocked.Read(ref _duplicated),
        abandoned = Interlocked.Read(ref _abandoned),
        recent = _recent.ToArray(),
    };

    public void Reset()
    {
        _recent.Clear();
        Interlocked.Exchange(ref _attempts, 0);
        Interlocked.Exchange(ref _delivered, 0);
        Interlocked.Exchange(ref _failed, 0);
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _duplicated, 0);
        Interlocked.Exchange(ref _abandoned, 0);
    }
}

/// <summary>One POST to a webhook: where, which attempt, what it answered, how many notifications it carried.</summary>
public sealed record DeliveryRecord(string Url, int Attempt, int? StatusCode, int Notifications, DateTimeOffset At, bool Succeeded);
