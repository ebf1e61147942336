using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Intake;

/// <summary>The per-user settings that intake applies: working week, SLA, priorities.</summary>
public sealed record UserPolicy(WorkingHours WorkingHours, SlaPolicy Sla, PriorityRules Priorities);
