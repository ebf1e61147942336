using System.Security.Cryptography;
using System.Text;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// Row keys of the entity kinds that share a user's partition. The prefixes keep kinds apart and
/// let one range query read all of a kind.
/// </summary>
internal static class RowKeys
{
    public const string FollowUpPrefix = "followup_";
    public const string CallPrefix = "call_";
    public const string CallerPrefix = "caller_";
    public const string OutboxPrefix = "outbox_";

    public static string FollowUp(FollowUpId id) => FollowUpPrefix + id;

    /// <summary>
    /// Graph item ids may contain '/', which a row key cannot; a hash of kind and id is safe and
    /// fixed-length, and nothing needs to read the id back out of the key.
    /// </summary>
    public static string Call(CallEventKey key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return CallPrefix + Convert.ToHexStringLower(hash);
    }

    /// <summary>A follow-up's sync intent: one row per follow-up, written with every change to it.</summary>
    public static string Outbox(FollowUpId id) => OutboxPrefix + id;

    /// <summary>Callers are indexed by E.164 number, which holds only '+' and digits.</summary>
    public static string Caller(string e164) => CallerPrefix + e164;

    /// <summary>The exclusive upper bound of a prefix range ("followup_" .. "followup`").</summary>
    public static string EndOf(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
