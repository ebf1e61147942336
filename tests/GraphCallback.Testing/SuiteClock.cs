using System.Globalization;

namespace GraphCallback.Testing;

/// <summary>
/// The test suite's clock: it starts at an instant the suite chose (<see cref="Instant"/>) and then
/// runs at real speed, so queues, polling and Azurite's visibility timeouts still work, while the
/// time of day, the weekday and DST are the suite's to pick. A test moves it forward only
/// explicitly (<see cref="Advance"/>); timers armed on it fire when either real time or an advance
/// reaches their due time.
/// </summary>
public sealed class SuiteClock : TimeProvider
{
    /// <summary>The environment variable that names the suite's instant (ISO 8601 with an offset).</summary>
    public const string Variable = "GRAPHCALLBACK_TEST_NOW";

    /// <summary>Tuesday 1 December 2026, 10:00 in London (GMT): the instant when none is named.</summary>
    public static readonly DateTimeOffset DefaultInstant = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<SuiteTimer> _timers = [];
    private readonly DateTimeOffset _origin;
    private readonly long _originTimestamp = System.GetTimestamp();
    private long _advancedTicks;

    private SuiteClock(DateTimeOffset origin) => _origin = origin;

    /// <summary>The instant the suite runs at: <see cref="Variable"/> when set, else <see cref="DefaultInstant"/>.</summary>
    public static DateTimeOffset Instant { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>A clock that starts now, at the suite's instant.</summary>
    public static SuiteClock Start() => new(Instant);

    /// <summary>
    /// A clock that starts at a moment derived from the suite's instant (e.g. the next working
    /// morning after it), for a test whose story needs a particular time of day. Never a literal
    /// date picked by the test alone: the derivation keeps the suite's weekday, DST and season.
    /// </summary>
    public static SuiteClock StartAt(Func<DateTimeOffset, DateTimeOffset> fromSuiteInstant)
    {
        ArgumentNullException.ThrowIfNull(fromSuiteInstant);
        var start = fromSuiteInstant(Instant);
        if (start < Instant)
        {
            throw new ArgumentException("A test's clock may start after the suite's instant, never before it.", nameof(fromSuiteInstant));
        }

        return new SuiteClock(start);
    }

    /// <summary>
    /// Reads <see cref="Variable"/>'s value (no offset means UTC); a set but unreadable value fails
    /// loudly rather than quietly running the suite at the default.
    /// </summary>
    public static DateTimeOffset Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultInstant;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : throw new FormatException($"{Variable}='{value}' is not an ISO 8601 instant, e.g. 2026-03-29T00:30:00Z.");
    }

    /// <summary>Tests run in UTC: anything that needs a user's zone gets it from their mailbox settings.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => _origin + Elapsed;

    /// <summary>Real time since the start plus every advance, so durations measured on it agree with GetUtcNow.</summary>
    public override long GetTimestamp() => Elapsed.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SuiteTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward; timers whose due time it passes fire at once.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The suite's clock never goes back.");
        }

        Interlocked.Add(ref _advancedTicks, by.Ticks);
        SuiteTimer[] armed;
        lock (_gate)
        {
            armed = [.. _timers];
        }

        foreach (var timer in armed)
        {
            timer.Rearm();
        }
    }

    private TimeSpan Elapsed => System.GetElapsedTime(_originTimestamp) + TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    private void Forget(SuiteTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>A timer due at a moment of the suite's clock, woken by a real timer or by an advance.</summary>
    private sealed class SuiteTimer : ITimer
    {
        private readonly Lock _gate = new();
        private readonly SuiteClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _wake;
        private DateTimeOffset? _due;
        private TimeSpan _period;
        private bool _disposed;

        public SuiteTimer(SuiteClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _wake = System.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
                _period = period;
            }

            Rearm();
            return true;
        }

        public void Rearm()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                var wait = _due is { } due ? Max(due - _clock.GetUtcNow(), TimeSpan.Zero) : Timeout.InfiniteTimeSpan;
                _wake.Change(wait, Timeout.InfiniteTimeSpan);
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _due = null;
            }

            _wake.Dispose();
            _clock.Forget(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Fire()
        {
            lock (_gate)
            {
                if (_disposed || _due is not { } due)
                {
                    return;
                }

                var now = _clock.GetUtcNow();
                if (now < due)
                {
                    // The real timer rounds; wait out the rest.
                    _wake.Change(due - now, Timeout.InfiniteTimeSpan);
                    return;
                }

                // A periodic timer that an advance left behind ticks once and then keeps its period from now.
                _due = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? (due + _period > now ? due + _period : now + _period) : null;
                _wake.Change(_due is { } next ? Max(next - now, TimeSpan.Zero) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }

            _callback(_state);
        }

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    }
}
