namespace GraphCallback.Core.Sla;

/// <summary>
/// A half-open span of instants [From, To) during which the user is away, such as scheduled
/// automatic replies. A working day whose working hours lie entirely inside time off is a day off.
/// </summary>
public readonly record struct TimeOffRange
{
    public TimeOffRange(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException("Time off cannot end before it starts.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    /// <summary>Whether the whole of [<paramref name="start"/>, <paramref name="end"/>) lies inside this time off.</summary>
    public bool Covers(DateTimeOffset start, DateTimeOffset end) => From <= start && end <= To;
}
