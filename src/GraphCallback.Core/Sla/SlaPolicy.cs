namespace GraphCallback.Core.Sla;

/// <summary>
/// The call-back promise: return a call within <see cref="ResponseTime"/> (24 h) of when it came in,
/// or of the next start of working hours when it came outside them; escalate after
/// <see cref="EscalationTime"/> (48 h). Hours are wall-clock hours in the user's zone, so a call
/// at 10:00 is due at 10:00 the next working-clock day even when DST changes overnight.
/// </summary>
public sealed record SlaPolicy
{
    public SlaPolicy(TimeSpan responseTime, TimeSpan escalationTime, TimeSpan dueSoonWindow)
    {
        if (responseTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(responseTime), "The response time must be positive.");
        }

        if (escalationTime < responseTime)
        {
            throw new ArgumentOutOfRangeException(nameof(escalationTime), "Escalation cannot come before the response time.");
        }

        if (dueSoonWindow < TimeSpan.Zero || dueSoonWindow > responseTime)
        {
            throw new ArgumentOutOfRangeException(nameof(dueSoonWindow), "The due-soon window must be between zero and the response time.");
        }

        ResponseTime = responseTime;
        EscalationTime = escalationTime;
        DueSoonWindow = dueSoonWindow;
    }

    public static SlaPolicy Default { get; } = new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(2));

    public TimeSpan ResponseTime { get; }

    public TimeSpan EscalationTime { get; }

    /// <summary>How long before the deadline a follow-up counts as "due soon".</summary>
    public TimeSpan DueSoonWindow { get; }

    public SlaDeadline DeadlineFor(DateTimeOffset calledAt, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var start = hours.NextWorkingMoment(calledAt);
        return new SlaDeadline(
            start,
            WallClock.AddLocal(start, ResponseTime, hours.Zone),
            WallClock.AddLocal(start, EscalationTime, hours.Zone));
    }

    public SlaState StateAt(SlaDeadline deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (now >= deadline.EscalatesAt)
        {
            return SlaState.Escalated;
        }

        if (now >= deadline.DueAt)
        {
            return SlaState.Overdue;
        }

        return now >= deadline.DueAt - DueSoonWindow ? SlaState.DueSoon : SlaState.OnTrack;
    }
}
