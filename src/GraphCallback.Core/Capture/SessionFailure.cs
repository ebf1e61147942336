namespace GraphCallback.Core.Capture;

/// <summary>Where a call record session failed, as Graph's failureInfo.stage reports it.</summary>
public enum SessionFailure
{
    /// <summary>No failure info: the session went as expected.</summary>
    None,

    /// <summary>The call never got through: nobody answered, or it was refused.</summary>
    CallSetup,

    /// <summary>The call was answered and then dropped.</summary>
    Midcall,

    /// <summary>Failure info without a stage we know.</summary>
    Unknown,
}
