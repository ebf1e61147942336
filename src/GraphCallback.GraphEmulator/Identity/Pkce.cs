using System.Security.Cryptography;
using System.Text;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>Proof Key for Code Exchange (RFC 7636), S256 only: what Entra ID requires of single-page apps.</summary>
public static class Pkce
{
    public const string Method = "S256";

    public static bool Verifies(string? challenge, string? verifier) =>
        challenge is not null
        && !string.IsNullOrEmpty(verifier)
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))),
            Encoding.ASCII.GetBytes(challenge));
}
