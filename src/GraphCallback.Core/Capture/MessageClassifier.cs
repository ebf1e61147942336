namespace GraphCallback.Core.Capture;

/// <summary>
/// Tells voicemail and missed-call e-mails from other mail by their MAPI message class.
/// Matches on substrings, not prefixes: protected variants (IPM.Note.RPMSG.Microsoft.Voicemail…)
/// exist (MS-OXOUM 2.2.2.1), and fax (IPM.Note.Microsoft.FAX.CA) is not a call.
/// </summary>
public static class MessageClassifier
{
    public static CapturedItemKind Classify(string? messageClass, bool hasAudioAttachment, string? subject)
    {
        if (messageClass is not null)
        {
            if (messageClass.Contains("Microsoft.Missed.Voice", StringComparison.OrdinalIgnoreCase))
            {
                return CapturedItemKind.MissedCallNotification;
            }

            if (messageClass.Contains("Microsoft.Voicemail", StringComparison.OrdinalIgnoreCase))
            {
                return CapturedItemKind.Voicemail;
            }
        }

        // Teams Cloud Voicemail's message class is not documented; its mails carry the audio as an
        // attachment and say "voicemail" in the subject, so accept that shape as a fallback.
        return hasAudioAttachment && subject?.Contains("voicemail", StringComparison.OrdinalIgnoreCase) == true
            ? CapturedItemKind.Voicemail
            : CapturedItemKind.Other;
    }
}
