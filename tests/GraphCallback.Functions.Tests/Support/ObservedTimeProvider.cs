using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer as it is armed, so a test knows what the
/// code under test is waiting for before it moves the clock, instead of racing it.
/// </summary>
internal sealed class ObservedTimeProvider(FakeTimeProvider fake) : TimeProvider
{
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>The due time of every timer created, in order.</summary>
    public ChannelReader<TimeSpan> TimersArmed => _armed.Reader;

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = fake.CreateTimer(callback, state, dueTime, period);
        _armed.Writer.TryWrite(dueTime);
        return timer;
    }
}
