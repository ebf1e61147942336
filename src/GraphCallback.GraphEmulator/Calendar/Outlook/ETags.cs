using System.Security.Cryptography;

namespace GraphCallback.GraphEmulator.Calendar.Outlook;

/// <summary>Change keys and the weak @odata.etag Exchange derives from them; both change on every write.</summary>
public static class ETags
{
    public const string Annotation = "@odata.etag";

    public static string NewChangeKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static string Weak(string changeKey) => $"W/\"{changeKey}\"";
}
