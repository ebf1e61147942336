namespace GraphCallback.Core.Availability;

/// <summary>A stretch of working time with nothing booked, as instants.</summary>
public sealed record FreeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;
}
