using GraphCallback.GraphEmulator.Platform;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// Validates tokens the emulator issued: signature by its key, issuer {base}/{tid}/v2.0 (v2.0) or
/// https://sts.windows.net/{tid}/ (v1.0) of a known tenant, lifetime by the TimeProvider, and the
/// expected audience. The base may be the request's
/// or any address the emulator listens on: like Entra and Graph, token issuer (HTTPS) and
/// resource (here often plain HTTP) are different endpoints.
/// </summary>
public sealed class TokenValidator(SigningKeys keys, TenantRegistry tenants, TimeProvider clock, IServer server)
{
    /// <summary>The audiences Graph accepts: its resource URI and its application id.</summary>
    public static readonly IReadOnlySet<string> GraphAudiences = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "https://graph.microsoft.com", "https://graph.microsoft.com/", "00000003-0000-0000-c000-000000000000",
    };

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <returns>The validated token, or the reason it is not valid.</returns>
    public async Task<(JsonWebToken? Token, string? Error)> ValidateAsync(string token, string baseUrl, Func<string, bool> acceptsAudience)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = keys.Key,
            ValidateIssuerSigningKey = true,
            AudienceValidator = (audiences, _, _) => audiences.Any(acceptsAudience),
            IssuerValidator = (issuer, securityToken, _) =>
            {
                var tid = (securityToken as JsonWebToken)?.GetPayloadValue<string>("tid");
                var bases = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Append(baseUrl);
                return tid is not null && tenants.FindTenant(tid) is not null && (issuer == AccessTokenFormat.IssuerFor(AccessTokenVersion.V1, baseUrl, tid) || bases.Any(b => issuer == TokenIssuer.IssuerFor(b.TrimEnd('/'), tid)))
                    ? issuer
                    : throw new SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not valid for this emulator.");
            },
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value - ClockSkew <= now) && expires is not null && expires.Value + ClockSkew > now;
            },
        };

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid ? ((JsonWebToken)result.SecurityToken, null) : (null, result.Exception?.Message ?? "invalid token");
    }
}
