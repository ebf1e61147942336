using System.Diagnostics;

namespace GraphCallback.Benchmarks.Measuring;

/// <summary>
/// When each request of an open-loop run is meant to be sent: request i at i / rate after the
/// start, whatever happened to the requests before it. Latency is measured from this intended
/// time, so a stalled server is charged for the requests it held up (no coordinated omission).
/// </summary>
public sealed class OpenLoopSchedule
{
    public OpenLoopSchedule(double perSecond, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        PerSecond = perSecond;
        Count = (int)Math.Floor(perSecond * duration.TotalSeconds);
    }

    public double PerSecond { get; }

    /// <summary>How many requests the run sends.</summary>
    public int Count { get; }

    /// <summary>The intended send time of request <paramref name="index"/>, after the start.</summary>
    public TimeSpan Offset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return TimeSpan.FromTicks((long)Math.Round(index * TimeSpan.TicksPerSecond / PerSecond));
    }

    /// <summary>The intended send time of request <paramref name="index"/> as a <see cref="Stopwatch"/> timestamp.</summary>
    public long Timestamp(long start, int index) => start + (long)Math.Round(Offset(index).Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));
}
