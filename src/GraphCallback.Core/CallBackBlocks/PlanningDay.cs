using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.CallBackBlocks;

/// <summary>Everything the planner looks at for one user's day.</summary>
/// <param name="Day">The day, in the user's time zone.</param>
/// <param name="Now">The current instant.</param>
/// <param name="Hours">The user's working week and time zone (mailbox settings).</param>
/// <param name="Settings">Call-back window, days and minutes per call.</param>
/// <param name="OutOfOffice">When automatic replies say the user is away, if they do.</param>
/// <param name="Busy">Busy, tentative and out-of-office times from free/busy, without our own block.</param>
/// <param name="PendingCalls">Follow-ups waiting for a call back.</param>
/// <param name="EarliestDue">The earliest SLA deadline among them.</param>
/// <param name="Booked">The block already booked for the day in this window, if any.</param>
/// <param name="Window">The window being planned; null means the main one.</param>
public sealed record PlanningDay(
    DateOnly Day,
    DateTimeOffset Now,
    WorkingHours Hours,
    UserSettings Settings,
    TimeRange? OutOfOffice,
    IReadOnlyList<TimeRange> Busy,
    int PendingCalls,
    DateTimeOffset? EarliestDue,
    BookedBlock? Booked,
    CallBackWindow? Window = null);
