using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Api;

/// <summary>
/// The multi-tenant issuer rule: a token is issued by <c>{Instance}{tid}/v2.0</c> where tid is the
/// token's own tenant claim, so one tenant's token can never pass as another's.
/// </summary>
public sealed class TenantIssuerValidator(string instance)
{
    public const string PublicCloud = "https://login.microsoftonline.com/";

    private readonly string _instance = instance.TrimEnd('/');

    /// <exception cref="SecurityTokenInvalidIssuerException">The issuer is not the token's own tenant's.</exception>
    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenantId = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        if (string.IsNullOrEmpty(tenantId) || !Guid.TryParse(tenantId, out _))
        {
            throw new SecurityTokenInvalidIssuerException("The token names no tenant (tid).") { InvalidIssuer = issuer };
        }

        var expected = $"{_instance}/{tenantId}/v2.0";
        if (!string.Equals(issuer, expected, StringComparison.Ordinal))
        {
            throw new SecurityTokenInvalidIssuerException("The issuer is not the token's tenant's issuer.") { InvalidIssuer = issuer };
        }

        return issuer;
    }
}
