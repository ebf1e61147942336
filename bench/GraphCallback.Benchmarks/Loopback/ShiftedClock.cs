namespace GraphCallback.Benchmarks.Loopback;

/// <summary>The system clock moved by a fixed offset: "now" starts at a chosen moment and runs on from there.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    /// <summary>A clock that reads <paramref name="moment"/> now.</summary>
    public static ShiftedClock At(DateTimeOffset moment) => new(moment - System.GetUtcNow());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
