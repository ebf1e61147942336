namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>
/// What planning needs from a user's mailbox, remembered from its last read so the morning timer
/// can pick the users whose morning it is and plan them without a mailbox read each.
/// </summary>
/// <param name="Address">The SMTP address getSchedule knows the mailbox by.</param>
/// <param name="TimeZoneId">The mailbox's zone (Windows or IANA id).</param>
/// <param name="Days">Working days.</param>
/// <param name="Start">Start of the working day, local.</param>
/// <param name="End">End of the working day, local.</param>
/// <param name="OutOfOfficeFrom">Start of scheduled automatic replies, if set.</param>
/// <param name="OutOfOfficeTo">End of scheduled automatic replies, if set.</param>
public sealed record PlanningProfile(
    string Address,
    string TimeZoneId,
    IReadOnlyList<DayOfWeek> Days,
    TimeOnly Start,
    TimeOnly End,
    DateTimeOffset? OutOfOfficeFrom,
    DateTimeOffset? OutOfOfficeTo);
