namespace GraphCallback.Graph.Capture;

/// <summary>
/// Graph ids of the MAPI properties a voicemail or missed-call e-mail carries (MS-OXOUM,
/// MS-OXPROPS; see graph-notes.md). Ids are case-sensitive in their name part.
/// </summary>
public static class VoicemailProperties
{
    public const string MessageClass = "String 0x001A";
    public const string CallerNumber = "String 0x6802";
    public const string CallingNumberHeader = "String {00020386-0000-0000-C000-000000000046} Name X-CallingTelephoneNumber";
    public const string CallerName = "String 0x6803";
    public const string DurationSeconds = "Integer 0x6801";
    public const string AsrData = "Binary {4442858E-A9E3-4E80-B900-317A210CC15B} Name AsrData";

    public static IReadOnlyList<string> All { get; } = [MessageClass, CallerNumber, CallingNumberHeader, CallerName, DurationSeconds, AsrData];

    /// <summary>The $expand clause that returns exactly these properties with the message, in the same request.</summary>
    public static string Expand { get; } =
        $"singleValueExtendedProperties($filter={string.Join(" or ", All.Select(id => $"id eq '{id}'"))})";
}
