using System.Diagnostics;
using System.Globalization;

namespace GraphCallback.Testing;

/// <summary>
/// The suite's clock carried into another process: the suite passes the instant its clock read and
/// the monotonic timestamp at which it read it (Stopwatch ticks are one system-wide clock on
/// Linux), so every instance reads the same time as the test, whenever it started.
/// </summary>
public static class SharedClock
{
    /// <summary>The first argument: the suite clock's reading, ISO 8601.</summary>
    public const string InstantArgument = "--suite-instant";

    /// <summary>The second: the <see cref="Stopwatch"/> timestamp of that reading.</summary>
    public const string TimestampArgument = "--suite-timestamp";

    /// <returns>The clock, and the arguments left for the app.</returns>
    /// <exception cref="ArgumentException">The arguments do not start with the clock's two.</exception>
    public static (SuiteClock Clock, string[] AppArguments) From(string[] args)
    {
        if (args is not [InstantArgument, var instantText, TimestampArgument, var timestampText, .. var rest])
        {
            throw new ArgumentException($"Start with {InstantArgument} <ISO 8601> {TimestampArgument} <Stopwatch timestamp>.", nameof(args));
        }

        var instant = DateTimeOffset.Parse(instantText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var timestamp = long.Parse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture);
        return (SuiteClock.StartAt(_ => instant + Stopwatch.GetElapsedTime(timestamp)), rest);
    }

    /// <summary>The two arguments that start an instance on <paramref name="clock"/>'s time.</summary>
    public static string[] Arguments(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var timestamp = Stopwatch.GetTimestamp();
        var instant = clock.GetUtcNow();
        return [InstantArgument, instant.ToString("O", CultureInfo.InvariantCulture), TimestampArgument, timestamp.ToString(CultureInfo.InvariantCulture)];
    }
}
