using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Api;

/// <summary>
/// The multi-tenant issuer rule, for both token versions Entra ID issues: a v2.0 token is issued by
/// <c>{Instance}{tid}/v2.0</c>, a v1.0 token by <c>https://sts.windows.net/{tid}/</c>, where tid is
/// the token's own tenant claim, so one tenant's token can never pass as another's.
/// </summary>
/// <remarks>
/// Which version arrives is the API registration's choice (requestedAccessTokenVersion; Entra's
/// default is v1.0), not the client's: learn.microsoft.com/entra/identity-platform/access-tokens.
/// </remarks>
public sealed class TenantIssuerValidator(string instance)
{
    public const string PublicCloud = "https://login.microsoftonline.com/";

    /// <summary>Where Entra ID's v1.0 tokens say they come from in the public cloud, whatever authority was asked.</summary>
    public const string V1Issuer = "https://sts.windows.net/";

    private readonly string _instance = instance.TrimEnd('/');

    /// <exception cref="SecurityTokenInvalidIssuerException">The issuer is not the token's own tenant's, for its version.</exception>
    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenantId = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        if (string.IsNullOrEmpty(tenantId) || !Guid.TryParse(tenantId, out _))
        {
            throw new SecurityTokenInvalidIssuerException("The token names no tenant (tid).") { InvalidIssuer = issuer };
        }

        var version = AccessTokenVersions.Of(token);
        var expected = version switch
        {
            "2.0" => $"{_instance}/{tenantId}/v2.0",
            "1.0" => $"{V1Issuer}{tenantId}/",
            var other => throw new SecurityTokenInvalidIssuerException($"The token's version '{other}' is neither 1.0 nor 2.0.") { InvalidIssuer = issuer },
        };
        if (!string.Equals(issuer, expected, StringComparison.Ordinal))
        {
            throw new SecurityTokenInvalidIssuerException($"The issuer is not the issuer of the token's tenant for a version {version} token.") { InvalidIssuer = issuer };
        }

        return issuer;
    }
}
