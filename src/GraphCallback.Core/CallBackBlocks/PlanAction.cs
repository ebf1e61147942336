namespace GraphCallback.Core.CallBackBlocks;

/// <summary>What to do to the day's call-back block.</summary>
public enum PlanAction
{
    /// <summary>Leave the calendar alone.</summary>
    Nothing,

    /// <summary>Book a new block.</summary>
    Create,

    /// <summary>Keep the start, change the end (grow or shrink).</summary>
    Resize,

    /// <summary>Put the block at another time.</summary>
    Move,

    /// <summary>Same time: refresh the title and the list of calls.</summary>
    Describe,

    /// <summary>Take the block off the calendar.</summary>
    Remove,

    /// <summary>No block fits today; the task pane says so.</summary>
    NoTimeToday,
}
