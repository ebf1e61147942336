namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>A PSTN call log row to add for a user (control API and scenarios).</summary>
public sealed record PstnCallRequest
{
    public required string User { get; init; }

    public required string CallerNumber { get; init; }

    public required string CalleeNumber { get; init; }

    public int DurationSeconds { get; init; }

    public string CallType { get; init; } = "ucap_in";

    /// <summary>When the call started; null means now minus its duration.</summary>
    public DateTimeOffset? StartDateTime { get; init; }
}
