using GraphCallback.Core.Sla;

namespace GraphCallback.Graph.Mailboxes;

/// <summary>
/// What a user's mailbox settings say about their time: zone, working week, out of office. A
/// scheduled <paramref name="OutOfOffice"/> window is also in <paramref name="WorkingHours"/>' time off.
/// </summary>
public sealed record MailboxProfile(TimeZoneInfo TimeZone, WorkingHours WorkingHours, OutOfOfficeWindow? OutOfOffice);

/// <summary>When automatic replies say the user is away.</summary>
public sealed record OutOfOfficeWindow(DateTimeOffset From, DateTimeOffset To)
{
    public bool Covers(DateTimeOffset instant) => instant >= From && instant < To;
}
