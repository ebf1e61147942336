using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Clock;

/// <summary>The suite's clock itself: where it starts, how it moves, and that its timers follow an advance.</summary>
public sealed class SuiteClockTests
{
    // A bound against a hung timer, not a timing assertion: every wait below ends on the clock's own event.
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(null, "2026-12-01T10:00:00Z")]
    [InlineData("", "2026-12-01T10:00:00Z")]
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29T00:30:00Z")]
    [InlineData("2026-03-08T01:30:00-05:00", "2026-03-08T06:30:00Z")]
    [InlineData("2026-12-07T08:00:00+11:00", "2026-12-06T21:00:00Z")]
    [InlineData("2026-12-05T12:00:00", "2026-12-05T12:00:00Z")]
    public void The_instant_comes_from_the_variable_in_ISO_8601_or_is_the_fixed_default(string? value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SuiteClock.Parse(value));

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-13-01T10:00:00Z")]
    public void An_unreadable_instant_fails_the_run_instead_of_falling_back(string value) =>
        Assert.Contains(SuiteClock.Variable, Assert.Throws<FormatException>(() => SuiteClock.Parse(value)).Message, StringComparison.Ordinal);

    [Fact]
    public void It_starts_at_the_suites_instant_and_runs_forward_from_there()
    {
        var clock = SuiteClock.Start();

        var first = clock.GetUtcNow();
        var second = clock.GetUtcNow();

        Assert.True(first >= SuiteClock.Instant, $"{first:o} is before the suite's instant {SuiteClock.Instant:o}");
        Assert.True(second >= first);
        Assert.True(clock.GetElapsedTime(0) >= second - SuiteClock.Instant, "timestamps measure the same time as GetUtcNow");
    }

    [Fact]
    public void Advancing_moves_now_and_timestamps_by_the_amount_and_never_back()
    {
        var clock = SuiteClock.Start();
        var before = clock.GetUtcNow();
        var stamp = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromHours(3));

        Assert.True(clock.GetUtcNow() - before >= TimeSpan.FromHours(3));
        Assert.True(clock.GetElapsedTime(stamp) >= TimeSpan.FromHours(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task A_delay_on_the_clock_ends_when_an_advance_reaches_it_and_not_before()
    {
        var clock = SuiteClock.Start();
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);

        clock.Advance(TimeSpan.FromMinutes(59));
        var early = delay.IsCompleted;
        clock.Advance(TimeSpan.FromMinutes(1));
        await delay.WaitAsync(Safety);

        Assert.False(early);
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_periodic_timer_ticks_once_per_period_advanced_and_stops_when_disposed()
    {
        var clock = SuiteClock.Start();
        using var ticked = new SemaphoreSlim(0);
        var ticks = 0;
        var timer = clock.CreateTimer(_ => { Interlocked.Increment(ref ticks); ticked.Release(); }, null, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        for (var hour = 1; hour <= 3; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            Assert.True(await ticked.WaitAsync(Safety), $"no tick after hour {hour}");
        }

        await timer.DisposeAsync();
        clock.Advance(TimeSpan.FromHours(5));

        Assert.Equal(3, Volatile.Read(ref ticks));
        Assert.False(timer.Change(TimeSpan.Zero, TimeSpan.Zero), "a disposed timer cannot be re-armed");
    }

    [Fact]
    public void A_test_may_start_its_clock_after_the_suites_instant_but_never_before_it()
    {
        var later = SuiteClock.StartAt(instant => instant.AddDays(2));

        Assert.True(later.GetUtcNow() >= SuiteClock.Instant.AddDays(2));
        Assert.Throws<ArgumentException>(() => SuiteClock.StartAt(instant => instant.AddMinutes(-1)));
    }
}
