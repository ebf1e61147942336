namespace GraphCallback.Core.Intake;

/// <summary>What ingesting one call event did.</summary>
public enum IntakeOutcome
{
    /// <summary>The source item was ingested before: nothing changed.</summary>
    Duplicate,

    /// <summary>A new follow-up was opened.</summary>
    Created,

    /// <summary>The call was added to the caller's pending follow-up.</summary>
    Merged,

    /// <summary>The caller's closed follow-up was reopened by the call.</summary>
    Reopened,

    /// <summary>
    /// The call was kept on the caller's closed follow-up, which stays closed: it came before the
    /// follow-up was closed, or it is another trace of a call already recorded.
    /// </summary>
    KeptClosed,
}
