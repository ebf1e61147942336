namespace GraphCallback.GraphEmulator.Platform.Permissions;

/// <summary>
/// Every Graph route the emulator serves and the permissions Microsoft's permission tables give it
/// (the "Permissions" section of each API page on learn.microsoft.com/graph/api), first match wins.
/// A route missing here is refused, so a new route cannot slip in without its permissions.
/// </summary>
public static class PermissionTable
{
    private const string Writes = "POST,PATCH,PUT,DELETE";
    private const string Any = "GET,POST,PATCH,PUT,DELETE";

    private static readonly string[] CalendarRead = ["Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite"];
    private static readonly string[] CalendarWrite = ["Calendars.ReadWrite"];
    private static readonly string[] MailReadDelegated = ["Mail.ReadBasic", "Mail.Read", "Mail.ReadWrite"];
    private static readonly string[] MailReadApplication = ["Mail.ReadBasic.All", "Mail.Read", "Mail.ReadWrite"];
    private static readonly string[] MailBodyRead = ["Mail.Read", "Mail.ReadWrite"];
    private static readonly string[] MailWrite = ["Mail.ReadWrite"];
    private static readonly string[] MailSend = ["Mail.Send"];
    private static readonly string[] UsersReadDelegated = ["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    private static readonly string[] UsersReadApplication = ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];

    public static IReadOnlyList<PermissionRule> Rules { get; } =
    [
        // Inner requests of a batch are judged one by one; subscriptions by the resource they name.
        new("POST", "/$batch", [], [], Denial.Outlook) { Open = true },
        new(Any, "/subscriptions*", [], [], Denial.Outlook) { Open = true },

        // calendar-getschedule: Calendars.ReadBasic for both types.
        new("POST", "/users/{user}/calendar/getSchedule", CalendarRead, CalendarRead, Denial.Outlook),
        new("GET", "/users/{user}/events*", CalendarRead, CalendarRead, Denial.Outlook) { OwnMailboxOnly = true },
        new("GET", "/users/{user}/calendarView*", CalendarRead, CalendarRead, Denial.Outlook) { OwnMailboxOnly = true },
        new(Writes, "/users/{user}/events*", CalendarWrite, CalendarWrite, Denial.Outlook) { OwnMailboxOnly = true },
        new("GET", "/users/{user}/calendar/*", CalendarRead, CalendarRead, Denial.Outlook) { OwnMailboxOnly = true },
        new(Writes, "/users/{user}/calendar/*", CalendarWrite, CalendarWrite, Denial.Outlook) { OwnMailboxOnly = true },

        // Attachments carry content: Mail.ReadBasic, which excludes bodies and attachments, is not enough.
        new("GET", "/users/{user}/messages/{message}/attachments*", MailBodyRead, MailBodyRead, Denial.Outlook) { OwnMailboxOnly = true },
        new("GET", "/users/{user}/mailFolders/{folder}/messages/{message}/attachments*", MailBodyRead, MailBodyRead, Denial.Outlook) { OwnMailboxOnly = true },
        new("GET", "/users/{user}/messages*", MailReadDelegated, MailReadApplication, Denial.Outlook) { OwnMailboxOnly = true },
        new("GET", "/users/{user}/mailFolders*", MailReadDelegated, MailReadApplication, Denial.Outlook) { OwnMailboxOnly = true },

        // message-send and user-sendmail need Mail.Send; creating or changing a message (a draft,
        // a reply) needs Mail.ReadWrite: Mail.Read is not enough (user-post-messages).
        new("POST", "/users/{user}/messages/{message}/send", MailSend, MailSend, Denial.Outlook) { OwnMailboxOnly = true },
        new("POST", "/users/{user}/sendMail", MailSend, MailSend, Denial.Outlook) { OwnMailboxOnly = true },
        new(Writes, "/users/{user}/messages*", MailWrite, MailWrite, Denial.Outlook) { OwnMailboxOnly = true },
        new(Writes, "/users/{user}/mailFolders*", MailWrite, MailWrite, Denial.Outlook) { OwnMailboxOnly = true },

        new("GET", "/users/{user}/mailboxSettings", ["MailboxSettings.Read", "MailboxSettings.ReadWrite"], ["MailboxSettings.Read", "MailboxSettings.ReadWrite"], Denial.Outlook) { OwnMailboxOnly = true },
        new("PATCH", "/users/{user}/mailboxSettings", ["MailboxSettings.ReadWrite"], ["MailboxSettings.ReadWrite"], Denial.Outlook) { OwnMailboxOnly = true },
        new("GET", "/users/{user}/contacts*", ["Contacts.Read", "Contacts.ReadWrite"], ["Contacts.Read", "Contacts.ReadWrite"], Denial.Outlook) { OwnMailboxOnly = true },

        // todotasklist-list-tasks and friends: delegated Tasks.Read(Write), application Tasks.Read(Write).All.
        new("GET", "/users/{user}/todo*", ["Tasks.Read", "Tasks.ReadWrite"], ["Tasks.Read.All", "Tasks.ReadWrite.All"], Denial.Outlook) { OwnMailboxOnly = true },
        new(Writes, "/users/{user}/todo*", ["Tasks.ReadWrite"], ["Tasks.ReadWrite.All"], Denial.Outlook) { OwnMailboxOnly = true },

        new("POST", "/users/{user}/teamwork/sendActivityNotification", ["TeamsActivity.Send"], ["TeamsActivity.Send"], Denial.Teams),

        // user-get, user-list-manager, user-list-directreports: User.Read reaches only the signed-in user.
        new("GET", "/users/{user}/manager", UsersReadDelegated, UsersReadApplication, Denial.Directory) { DelegatedSelf = ["User.Read"] },
        new("GET", "/users/{user}/directReports", UsersReadDelegated, UsersReadApplication, Denial.Directory) { DelegatedSelf = ["User.Read"] },
        new("GET", "/users/{user}", UsersReadDelegated, UsersReadApplication, Denial.Directory) { DelegatedSelf = ["User.Read"] },
        new("GET", "/users", UsersReadDelegated, UsersReadApplication, Denial.Directory),

        // callrecords-callrecord-getpstncalls, callrecord-get, -list: application only, delegated not supported.
        new("GET", "/communications/callRecords/*getPstnCalls", [], ["CallRecord-PstnCalls.Read.All", "CallRecords.Read.All"], Denial.Teams),
        new("GET", "/communications/callRecords*", [], ["CallRecords.Read.All"], Denial.Teams),
    ];

    /// <summary>The rule for a request, by route template or concrete path (without the /v1.0 prefix); null if none.</summary>
    public static PermissionRule? Find(string method, string path) => Rules.FirstOrDefault(r => r.Matches(method, path));
}
