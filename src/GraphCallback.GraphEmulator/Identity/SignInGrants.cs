using System.Collections.Concurrent;
using System.Security.Cryptography;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// Authorization codes (one use, ten minutes, bound to client, redirect URI and PKCE challenge) and
/// refresh tokens the emulator has handed out for interactive sign-ins.
/// </summary>
public sealed class SignInGrants(TimeProvider clock) : IResettable
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, CodeGrant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshGrant> _refreshTokens = new(StringComparer.Ordinal);

    public string IssueCode(CodeGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var code = NewSecret();
        _codes[code] = grant with { ExpiresAt = clock.GetUtcNow() + CodeLifetime };
        return code;
    }

    /// <summary>The grant behind a code, which is spent by this call whether or not it has expired.</summary>
    public CodeGrant? RedeemCode(string code) =>
        _codes.TryRemove(code, out var grant) && grant.ExpiresAt > clock.GetUtcNow() ? grant : null;

    public string IssueRefreshToken(RefreshGrant grant)
    {
        var token = NewSecret();
        _refreshTokens[token] = grant;
        return token;
    }

    public RefreshGrant? FindRefreshToken(string token) => _refreshTokens.GetValueOrDefault(token);

    public void Reset()
    {
        _codes.Clear();
        _refreshTokens.Clear();
    }

    private static string NewSecret() => Base64Url.Encode(RandomNumberGenerator.GetBytes(32));
}

/// <summary>What an authorization code stands for: who signed in to which client, for which scopes, with which PKCE challenge.</summary>
public sealed record CodeGrant(string ClientId, string RedirectUri, EmulatedUser User, IReadOnlyList<string> Scopes, string? CodeChallenge, string? Nonce)
{
    public DateTimeOffset ExpiresAt { get; init; }
}

/// <summary>What a refresh token stands for: a user signed in to a client.</summary>
public sealed record RefreshGrant(string ClientId, EmulatedUser User);
