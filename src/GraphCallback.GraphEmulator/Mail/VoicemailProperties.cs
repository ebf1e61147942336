namespace GraphCallback.GraphEmulator.Mail;

/// <summary>Graph ids of the MAPI properties voicemail and missed-call e-mails carry (graph-notes.md; MS-OXOUM, MS-OXPROPS).</summary>
public static class VoicemailProperties
{
    public const string MessageClass = "String 0x001A";
    public const string CallerNumber = "String 0x6802";
    public const string CallingNumberHeader = "String {00020386-0000-0000-C000-000000000046} Name X-CallingTelephoneNumber";
    public const string DurationSeconds = "Integer 0x6801";
    public const string CallerName = "String 0x6803";
    public const string CallId = "String 0x6806";
    public const string AsrData = "Binary {4442858E-A9E3-4E80-B900-317A210CC15B} Name AsrData";

    public const string VoicemailClass = "IPM.Note.Microsoft.Voicemail.UM.CA";
    public const string MissedCallClass = "IPM.Note.Microsoft.Missed.Voice";
}
