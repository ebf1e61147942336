namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>Where a user's call-back block for a day stands.</summary>
public enum BlockState
{
    /// <summary>No block: nothing pending, a day off, or removed.</summary>
    None,

    /// <summary>On the calendar.</summary>
    Booked,

    /// <summary>The user deleted it: not booked again that day.</summary>
    DeletedByUser,

    /// <summary>Calls are pending but no free time was found.</summary>
    NoTime,
}
