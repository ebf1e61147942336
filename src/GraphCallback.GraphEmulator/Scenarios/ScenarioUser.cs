namespace GraphCallback.GraphEmulator.Scenarios;

/// <summary>
/// A user and their data. TimeZone is what mailboxSettings.timeZone returns (Windows or IANA id);
/// Manager is the manager's id or userPrincipalName.
/// </summary>
public sealed record ScenarioUser
{
    public required string Id { get; init; }

    public required string UserPrincipalName { get; init; }

    public required string DisplayName { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? Mail { get; init; }

    public string? JobTitle { get; init; }

    public string? Department { get; init; }

    public string? OfficeLocation { get; init; }

    public IReadOnlyList<string> BusinessPhones { get; init; } = [];

    public string? MobilePhone { get; init; }

    public string? Manager { get; init; }

    public string TimeZone { get; init; } = "UTC";

    public ScenarioWorkingHours? WorkingHours { get; init; }

    /// <summary>
    /// A Teams-only user (Teams Phone, Cloud Voicemail): voicemail still arrives by e-mail, but no
    /// missed-call e-mail ever does, so their missed calls exist only as call records and PSTN rows.
    /// </summary>
    public bool TeamsOnly { get; init; }

    public ScenarioAutomaticReplies? AutomaticReplies { get; init; }

    public IReadOnlyList<ScenarioContact> Contacts { get; init; } = [];

    public IReadOnlyList<ScenarioCall> Voicemails { get; init; } = [];

    public IReadOnlyList<ScenarioCall> MissedCalls { get; init; } = [];

    public IReadOnlyList<ScenarioCallRecord> CallRecords { get; init; } = [];

    public IReadOnlyList<ScenarioPstnCall> PstnCalls { get; init; } = [];

    /// <summary>Calendar events, consumed by the calendar feature.</summary>
    public IReadOnlyList<ScenarioEvent> Events { get; init; } = [];
}

/// <summary>Working hours: lower-case day names, local "HH:mm" times, and their zone (defaults to the user's).</summary>
public sealed record ScenarioWorkingHours(IReadOnlyList<string> DaysOfWeek, string StartTime, string EndTime, string? TimeZone);

/// <summary>Out of office: status disabled | alwaysEnabled | scheduled, with the window as offsets from now.</summary>
public sealed record ScenarioAutomaticReplies(string Status, string? InternalReplyMessage, string? ExternalReplyMessage, TimeSpan? ScheduledStartFromNow, TimeSpan? ScheduledEndFromNow);

/// <summary>A personal contact.</summary>
public sealed record ScenarioContact
{
    public required string DisplayName { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? CompanyName { get; init; }

    public string? JobTitle { get; init; }

    public IReadOnlyList<string> BusinessPhones { get; init; } = [];

    public IReadOnlyList<string> HomePhones { get; init; } = [];

    public string? MobilePhone { get; init; }

    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];
}
