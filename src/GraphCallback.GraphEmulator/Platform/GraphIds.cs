using System.Security.Cryptography;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Item ids in Exchange's style: long, opaque, URL-safe base64 (the SDK must not assume GUIDs).</summary>
public static class GraphIds
{
    public static string New() => "AAMk" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(36)).Replace('/', '-').Replace('+', '_');
}
