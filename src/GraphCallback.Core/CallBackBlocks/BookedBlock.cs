namespace GraphCallback.Core.CallBackBlocks;

/// <summary>The call-back block already on the calendar for the day, as the planner needs to know it.</summary>
/// <param name="Time">When it is now.</param>
/// <param name="Calls">How many calls it was booked for.</param>
/// <param name="MovedByUser">The user moved it away from where we put it: their time wins.</param>
/// <param name="DeletedByUser">The user deleted it today: it is not booked again that day.</param>
public sealed record BookedBlock(TimeRange Time, int Calls, bool MovedByUser = false, bool DeletedByUser = false);
