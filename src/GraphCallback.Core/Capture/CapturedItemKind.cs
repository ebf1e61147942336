namespace GraphCallback.Core.Capture;

/// <summary>What an inbox message is to GraphCallback.</summary>
public enum CapturedItemKind
{
    /// <summary>Not a call: ignored.</summary>
    Other,

    Voicemail,

    MissedCallNotification,
}
