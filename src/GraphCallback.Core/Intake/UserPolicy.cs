using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Intake;

/// <summary>The per-user settings that intake applies: working week, SLA, priorities, blocked numbers.</summary>
public sealed record UserPolicy(WorkingHours WorkingHours, SlaPolicy Sla, PriorityRules Priorities)
{
    /// <summary>Numbers (E.164) whose calls are kept but dismissed as spam.</summary>
    public IReadOnlySet<string> BlockedNumbers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool IsBlocked(PhoneNumber number) => number is { E164: { } e164 } && BlockedNumbers.Contains(e164);

    /// <summary>The deadline of a follow-up whose clock starts at <paramref name="at"/>: the SLA counted in these working hours.</summary>
    public SlaDeadline DeadlineFor(DateTimeOffset at) => Sla.DeadlineFor(at, WorkingHours);
}
