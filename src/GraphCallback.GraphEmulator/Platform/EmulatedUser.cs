namespace GraphCallback.GraphEmulator.Platform;

/// <summary>A user of an emulated tenant: the directory profile plus the mailbox facts other features read.</summary>
public sealed record EmulatedUser
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string UserPrincipalName { get; init; }

    public required string DisplayName { get; init; }

    public string? Mail { get; init; }

    /// <summary>Teams-only (Cloud Voicemail): Teams sends this user voicemail e-mails but never missed-call e-mails.</summary>
    public bool TeamsOnly { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? JobTitle { get; init; }

    public string? Department { get; init; }

    public string? OfficeLocation { get; init; }

    public IReadOnlyList<string> BusinessPhones { get; init; } = [];

    public string? MobilePhone { get; init; }

    public string? ManagerId { get; init; }

    /// <summary>The mailbox time zone as the user set it (Windows or IANA id, as Graph allows both).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The working hours mailboxSettings reports; the calendar and SLA logic plan around them.</summary>
    public WorkHours? WorkingHours { get; init; }
}
