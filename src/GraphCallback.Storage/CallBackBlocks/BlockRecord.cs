using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>
/// What we last did to a user's calendar for one day: the event we booked and where we put it, so
/// a later plan can tell the user's own moves and deletions from ours.
/// </summary>
/// <param name="Day">The day, in the user's zone.</param>
/// <param name="State">Where the block stands.</param>
/// <param name="EventId">The booked event, while there is one.</param>
/// <param name="Time">Where the event is, as we last saw it.</param>
/// <param name="Calls">How many calls it lists.</param>
/// <param name="Generation">How many blocks were created that day: part of the next one's transactionId, so a retry dedupes but a re-creation does not.</param>
/// <param name="MovedByUser">The user moved it: their time is kept.</param>
/// <param name="Reason">The planner's last reason, for the task pane.</param>
/// <param name="AgendaHash">A hash of the title and list last written, so an unchanged list is not written again.</param>
/// <param name="Window">Which of the day's call-back windows the block is in (1, or 2 for the optional second).</param>
/// <param name="Intent">A calendar write under way, recorded before it was made; null once its outcome is saved.</param>
public sealed record BlockRecord(
    DateOnly Day,
    BlockState State,
    string? EventId,
    TimeRange? Time,
    int Calls,
    int Generation,
    bool MovedByUser,
    string Reason,
    string? AgendaHash = null,
    int Window = 1,
    CalendarIntent? Intent = null)
{
    public static BlockRecord Empty(DateOnly day, int window = 1) => new(day, BlockState.None, null, null, 0, 0, false, "Nothing planned yet.", Window: window);
}
