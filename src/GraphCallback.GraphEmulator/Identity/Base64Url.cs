namespace GraphCallback.GraphEmulator.Identity;

/// <summary>Base64url without padding, as OAuth codes, PKCE challenges and client_info use it.</summary>
public static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
