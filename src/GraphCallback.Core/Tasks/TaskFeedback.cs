using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tasks;

/// <summary>
/// What a change the user made to a follow-up's task in To Do does to the follow-up: ticking it
/// off resolves it, unticking it reopens it, deleting it dismisses it, moving its due date moves
/// the deadline. A change is judged against the task as last known, not against the follow-up,
/// so our own writes coming back (notifications, delta) and replays of old changes do nothing.
/// To Do keeps only the date of a due (it answers 00:00 of that day), so dues are compared by
/// the user's local date, and a date the user moved keeps the deadline's time of day.
/// </summary>
public static class TaskFeedback
{
    /// <summary>The actor named in the follow-up's history for changes made in To Do.</summary>
    public const string Actor = "To Do";

    /// <summary>
    /// Whether the change reopens the follow-up: it is closed, and the user unticked the task we
    /// knew as done. The caller then supplies the fresh deadline a reopened follow-up gets.
    /// </summary>
    public static bool Reopens(FollowUp followUp, TaskSeen known, TaskSeen? seen)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(known);
        return !followUp.IsPending && known.Completed && seen is { Completed: false };
    }

    /// <param name="followUp">The follow-up the task belongs to; changed in place.</param>
    /// <param name="known">The task as we last wrote or saw it.</param>
    /// <param name="seen">The task now, or null when it was deleted.</param>
    /// <param name="at">When the change is applied.</param>
    /// <param name="zone">The user's zone, in which To Do's due dates are days.</param>
    /// <param name="reopenedDeadline">The deadline under the user's policy from <paramref name="at"/>; needed only when <see cref="Reopens"/>.</param>
    /// <returns>True when the follow-up changed.</returns>
    public static bool Apply(FollowUp followUp, TaskSeen known, TaskSeen? seen, DateTimeOffset at, TimeZoneInfo zone, SlaDeadline? reopenedDeadline = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Reopens(followUp, known, seen))
        {
            ArgumentNullException.ThrowIfNull(reopenedDeadline);
            followUp.Reopen(reopenedDeadline, Actor, at, "Marked not done in To Do");
            return true;
        }

        if (!followUp.IsPending)
        {
            return false;
        }

        if (seen is null)
        {
            followUp.Dismiss(Actor, at, "Task deleted in To Do");
            return true;
        }

        if (seen.Completed && !known.Completed)
        {
            followUp.Resolve(Actor, at, "Done in To Do");
            return true;
        }

        if (seen.DueAt is { } due && (known.DueAt is not { } knownDue || DayOf(due, zone) != DayOf(knownDue, zone)))
        {
            var timeOfDay = WallClock.LocalOf(followUp.Sla.DueAt, zone).TimeOfDay;
            followUp.MoveDue(WallClock.InstantOf(DayOf(due, zone).ToDateTime(TimeOnly.FromTimeSpan(timeOfDay)), zone), Actor, at, "Due date changed in To Do");
            return true;
        }

        return false;
    }

    private static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(WallClock.LocalOf(instant, zone));
}
