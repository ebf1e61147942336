namespace GraphCallback.Core.Sla;

/// <summary>
/// The call-back promise: return a call within <see cref="ResponseTime"/> (24 h) of when the clock
/// started, and escalate after <see cref="EscalationTime"/> (48 h). The clock starts when the call
/// came in, or at the next start of working hours when it came outside them
/// (<see cref="WorkingHours.NextWorkingMoment"/>). Both spans count only the wall-clock hours of
/// the user's working days (<see cref="WorkingHours.AddOverWorkingDays"/>): the days of the working
/// week, minus days whose working hours lie entirely inside time off (scheduled automatic replies).
/// A working day counts all 24 of its wall-clock hours, not just its working hours, and a day off
/// counts none, so a Friday 16:30 call in a Monday-to-Friday week is due Monday 16:30 and escalates
/// Tuesday 16:30. Hours are wall-clock hours in the user's zone: a 10:00 deadline stays 10:00 even
/// when DST changes in between (a 23- or 25-hour day still counts 24).
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

    /// <summary>
    /// The deadline of a call at <paramref name="calledAt"/> under <paramref name="hours"/>. Fallback:
    /// when no working day comes within <see cref="WorkingHours.SearchDays"/> days, the clock starts
    /// at the call, and hours still to count when such a run of days off begins are counted as plain
    /// wall-clock hours from its start (see <see cref="WorkingHours.AddOverWorkingDays"/>), so a
    /// deadline always exists and escalation never comes before due.
    /// </summary>
    public SlaDeadline DeadlineFor(DateTimeOffset calledAt, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var start = hours.NextWorkingMoment(calledAt);
        return new SlaDeadline(
            start,
            hours.AddOverWorkingDays(start, ResponseTime),
            hours.AddOverWorkingDays(start, EscalationTime));
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
