namespace GraphCallback.Functions.Failures;

/// <summary>How long a failing item is left alone: configuration section <c>Failures</c>. Each failure in a row doubles the wait, up to the longest.</summary>
public sealed class FailureOptions
{
    public const string Section = "Failures";

    /// <summary>The wait after the first failure.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait never grows past this: a tenant whose consent comes back is picked up within it.</summary>
    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The wait after <paramref name="attempts"/> failures in a row.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var wait = FirstRetry * Math.Pow(2, doublings);
        return wait < LongestRetry ? wait : LongestRetry;
    }
}
