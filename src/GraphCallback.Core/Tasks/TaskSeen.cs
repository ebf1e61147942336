namespace GraphCallback.Core.Tasks;

/// <summary>The parts of a To Do task whose change means something for its follow-up.</summary>
/// <param name="Completed">Ticked off.</param>
/// <param name="DueAt">Its due time, or null when the user removed it.</param>
public sealed record TaskSeen(bool Completed, DateTimeOffset? DueAt);
