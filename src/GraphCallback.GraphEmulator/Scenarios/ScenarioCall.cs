namespace GraphCallback.GraphEmulator.Scenarios;

/// <summary>
/// A voicemail or missed-call e-mail, Ago before "now" (TimeSpan text, e.g. "1.02:30:00").
/// CallerNumber may be null for a withheld number.
/// </summary>
public sealed record ScenarioCall
{
    public required TimeSpan Ago { get; init; }

    public string? CallerNumber { get; init; }

    public string? CallerName { get; init; }

    public int DurationSeconds { get; init; }

    public string? Transcript { get; init; }

    /// <summary>The message class, when not the default for its list (e.g. a Teams-style voicemail without one).</summary>
    public string? MessageClass { get; init; }
}

/// <summary>A Teams call record in which this user was the callee; Answered false makes it a missed call.</summary>
public sealed record ScenarioCallRecord
{
    public required TimeSpan Ago { get; init; }

    public string? CallerNumber { get; init; }

    /// <summary>The calling colleague's id or userPrincipalName, for a call from inside the tenant.</summary>
    public string? CallerUser { get; init; }

    public int DurationSeconds { get; init; }

    public bool Answered { get; init; }

    /// <summary>"midcall" for an answered call that dropped (see CallRecordRequest).</summary>
    public string? FailureStage { get; init; }
}

/// <summary>A PSTN call log row for this user.</summary>
public sealed record ScenarioPstnCall
{
    public required TimeSpan Ago { get; init; }

    public required string CallerNumber { get; init; }

    public required string CalleeNumber { get; init; }

    public int DurationSeconds { get; init; }

    /// <summary>Graph's callType, e.g. ucap_in, ucap_out, oc_in.</summary>
    public string CallType { get; init; } = "ucap_in";
}

/// <summary>
/// A calendar event relative to today in the user's time zone: Day 0 is today, -1 yesterday;
/// Start is local "HH:mm". The calendar feature turns these into events.
/// </summary>
public sealed record ScenarioEvent
{
    public required string Subject { get; init; }

    public int Day { get; init; }

    public string Start { get; init; } = "09:00";

    public int DurationMinutes { get; init; } = 30;

    /// <summary>free | tentative | busy | oof | workingElsewhere.</summary>
    public string ShowAs { get; init; } = "busy";

    public bool IsAllDay { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];
}
