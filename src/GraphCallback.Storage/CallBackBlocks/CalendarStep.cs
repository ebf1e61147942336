namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>What a planner is about to do to the day's event.</summary>
public enum CalendarStep
{
    /// <summary>Book a new event (under the record's generation, so a retry gets the same one).</summary>
    Create,

    /// <summary>Move, resize or re-describe the booked event; never delete it.</summary>
    Change,

    /// <summary>Delete the booked event.</summary>
    Remove,
}
