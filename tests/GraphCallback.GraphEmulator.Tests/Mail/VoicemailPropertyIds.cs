namespace GraphCallback.GraphEmulator.Tests.Mail;

/// <summary>The property ids as the backend asks for them (graph-notes.md), spelled out independently of the emulator.</summary>
public static class VoicemailPropertyIds
{
    public const string MessageClass = "String 0x001A";
    public const string CallerNumber = "String 0x6802";
    public const string CallingNumberHeader = "String {00020386-0000-0000-C000-000000000046} Name X-CallingTelephoneNumber";
    public const string DurationSeconds = "Integer 0x6801";
    public const string CallerName = "String 0x6803";
    public const string AsrData = "Binary {4442858E-A9E3-4E80-B900-317A210CC15B} Name AsrData";

    public static string Expand(params string[] ids) =>
        $"singleValueExtendedProperties($filter={string.Join(" or ", ids.Select(id => $"id eq '{id}'"))})";
}
