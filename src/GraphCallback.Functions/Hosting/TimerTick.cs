namespace GraphCallback.Functions.Hosting;

/// <summary>One firing of a timer function. Handlers take "now" from <see cref="TimeProvider"/>, not from here.</summary>
/// <param name="IsPastDue">True when this firing is late: a later occurrence of the schedule is already due.</param>
/// <param name="Last">The previous occurrence that fired, when known.</param>
/// <param name="Next">The next occurrence the schedule will fire, when known.</param>
public sealed record TimerTick(bool IsPastDue, DateTimeOffset? Last, DateTimeOffset? Next);
