namespace GraphCallback.Graph.Connection;

/// <summary>
/// The Microsoft Graph permissions GraphCallback's registration must have, and no more: the one
/// list the README, the emulator's demo registration and the tests agree with. Each is the least
/// privileged permission of the calls that need it (learn.microsoft.com/graph/permissions-reference).
/// </summary>
public static class GraphPermissions
{
    /// <summary>
    /// Background work, app-only: voicemail and missed-call mail (Mail.Read), the call-back block
    /// (Calendars.ReadWrite), To Do tasks (Tasks.ReadWrite.All: To Do has no narrower app role),
    /// caller names (Contacts.Read, User.Read.All), zones and working hours (MailboxSettings.Read),
    /// Teams call records and PSTN calls (CallRecords.Read.All).
    /// </summary>
    public static readonly IReadOnlyList<string> Application =
        ["Mail.Read", "Calendars.ReadWrite", "Tasks.ReadWrite.All", "Contacts.Read", "MailboxSettings.Read", "User.Read.All", "CallRecords.Read.All"];

    /// <summary>
    /// On behalf of the signed-in user in the pane: sign-in (User.Read), their free/busy
    /// (Calendars.ReadBasic), their zone (MailboxSettings.Read), the e-mail draft (Mail.ReadWrite:
    /// creating a message needs it, Mail.Read is not enough).
    /// </summary>
    public static readonly IReadOnlyList<string> Delegated =
        ["User.Read", "Calendars.ReadBasic", "MailboxSettings.Read", "Mail.ReadWrite"];
}
