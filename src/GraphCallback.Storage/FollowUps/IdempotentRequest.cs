using System.Security.Cryptography;
using System.Text;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// A client's request that must take effect once however often it is sent: its
/// <c>Idempotency-Key</c> and a fingerprint of what it asked, so the same key sent with a
/// different request is recognised as a client error rather than replayed.
/// </summary>
public sealed record IdempotentRequest(string Key, string Fingerprint)
{
    /// <summary>The key's row in the user's partition; a hash, as keys may hold characters row keys may not.</summary>
    internal string RowKey => "request_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));

    /// <summary>A fingerprint of the operation, its target and its body.</summary>
    public static string FingerprintOf(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
}
