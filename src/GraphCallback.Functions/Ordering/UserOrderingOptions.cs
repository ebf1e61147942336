namespace GraphCallback.Functions.Ordering;

/// <summary>How one user's Graph work is kept to one holder at a time (section <c>UserOrdering</c>).</summary>
public sealed class UserOrderingOptions
{
    public const string Section = "UserOrdering";

    /// <summary>How long a lease lasts unless renewed: how long a killed instance can hold a user up.</summary>
    public TimeSpan LeasePeriod { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a running holder renews; well inside the period, so one slow renewal loses nothing.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a queue message for a user whose lease is held waits before it is tried again.</summary>
    public TimeSpan BusyRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
