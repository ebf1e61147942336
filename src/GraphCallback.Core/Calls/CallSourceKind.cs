namespace GraphCallback.Core.Calls;

/// <summary>Where a call event came from in Microsoft 365.</summary>
public enum CallSourceKind
{
    /// <summary>A voicemail e-mail (Exchange UM or Teams Cloud Voicemail).</summary>
    Voicemail,

    /// <summary>A missed-call notification e-mail (IPM.Note.Microsoft.Missed.Voice).</summary>
    MissedCallNotification,

    /// <summary>A Teams call record in which the user did not answer.</summary>
    CallRecord,

    /// <summary>A row of the PSTN call log.</summary>
    PstnCall,

    /// <summary>Entered by hand ("please call Ana back").</summary>
    Manual,
}
