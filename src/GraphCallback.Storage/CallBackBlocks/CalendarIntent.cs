using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>
/// A calendar write recorded before it is made and cleared once its outcome is saved: a planner
/// that finds one left behind by a crash looks the event up to learn whether the write landed,
/// instead of taking our own move or deletion for the user's.
/// </summary>
/// <param name="Step">What the planner set out to do.</param>
/// <param name="Time">Where the block was to be; null for a removal.</param>
/// <param name="HeldUntil">Until then its planner may still be at work, and other planners leave the day to it.</param>
public sealed record CalendarIntent(CalendarStep Step, TimeRange? Time, DateTimeOffset HeldUntil);
