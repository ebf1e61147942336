namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>
/// A Teams call to record (control API and scenarios): the callee is a tenant user; the caller is
/// either a colleague (CallerUser) or a phone number. Answered false makes it a missed call.
/// </summary>
public sealed record CallRecordRequest
{
    public required string Callee { get; init; }

    public string? CallerUser { get; init; }

    public string? CallerNumber { get; init; }

    public int DurationSeconds { get; init; }

    public bool Answered { get; init; }

    /// <summary>"midcall": the answered call dropped, so its session carries failureInfo with stage midcall although it had media.</summary>
    public string? FailureStage { get; init; }

    /// <summary>How many times the callee was rung without answering before the last session (a call queue ringing again): one session each.</summary>
    public int EarlierRings { get; init; }

    /// <summary>When the call started; null means now minus its duration.</summary>
    public DateTimeOffset? StartDateTime { get; init; }
}
