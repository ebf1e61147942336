using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Users;
using GraphCallback.Graph.CallBackBlocks;
using GraphCallback.Storage.CallBackBlocks;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// Where the day's block really is, and who put it there: the record is checked against
/// free/busy, and the event looked up by our marker only when the two disagree or a planner died
/// half-way through a write, so an untouched day costs no extra request. Our own writes (recorded
/// as intents before they are made) never count as the user's moves or deletions.
/// </summary>
internal static class BlockWhereabouts
{
    /// <param name="user">Whose day.</param>
    /// <param name="record">The day's record as read; any intent in it is no longer held by a live planner.</param>
    /// <param name="others">Free/busy; our block is taken out of it, leaving the user's own times.</param>
    /// <param name="othersMayBeStale">Free/busy was read before this planning began (the morning batch), so a planner may have written since.</param>
    /// <param name="events">The user's calendar.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The record as the calendar shows it, or null when free/busy may be older than the record and must be read again.</returns>
    public static async Task<BlockRecord?> SeeAsync(
        UserKey user, BlockRecord record, List<TimeRange> others, bool othersMayBeStale, CallBackBlockEvents events, CancellationToken cancellationToken)
    {
        if (record.Intent is { } intent)
        {
            var landed = await events.FindAsync(user.ObjectId, record.Day, record.Window, cancellationToken).ConfigureAwait(false);
            if (landed is not null)
            {
                others.Remove(landed.Time);
            }

            return AfterCrash(record with { Intent = null }, intent, landed);
        }

        if (record.State != BlockState.Booked || record.Time is not { } ours || others.Remove(ours))
        {
            return record;
        }

        var found = await events.FindAsync(user.ObjectId, record.Day, record.Window, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return record with { State = BlockState.DeletedByUser, EventId = null };
        }

        if (found.Time == ours)
        {
            // Where we left it, yet free/busy does not show it: another planner moved it since free/busy
            // was read, or the user marked it free. Either way it is not the user's move.
            return othersMayBeStale ? null : record with { EventId = found.Id };
        }

        others.Remove(found.Time);
        return record with { EventId = found.Id, Time = found.Time, MovedByUser = true };
    }

    /// <summary>
    /// What a write cut short left: the event found (or not) says whether it landed. Its list is
    /// unknown either way, so the agenda is written again.
    /// </summary>
    private static BlockRecord AfterCrash(BlockRecord record, CalendarIntent intent, BookedEvent? found) => (intent.Step, found) switch
    {
        // The create never reached Graph: the plan books it again under the same transactionId.
        (CalendarStep.Create, null) => record,
        (CalendarStep.Create, { } created) => record with
        {
            State = BlockState.Booked,
            EventId = created.Id,
            Time = created.Time,
            Generation = record.Generation + 1,
            MovedByUser = created.Time != intent.Time,
            AgendaHash = null,
        },

        // We were deleting it: gone is our doing, not the user's.
        (CalendarStep.Remove, null) => record with { State = BlockState.None, EventId = null, Time = null, Calls = 0, MovedByUser = false, AgendaHash = null },

        // A change never deletes: the user did.
        (_, null) => record with { State = BlockState.DeletedByUser, EventId = null },
        (_, { } still) => record with
        {
            State = BlockState.Booked,
            EventId = still.Id,
            Time = still.Time,
            MovedByUser = record.MovedByUser || (still.Time != record.Time && still.Time != intent.Time),
            AgendaHash = null,
        },
    };
}
