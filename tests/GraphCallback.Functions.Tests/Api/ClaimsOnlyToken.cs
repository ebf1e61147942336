using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Tests.Api;

/// <summary>An unsigned token with only the claims a validator under test reads: a random oid, and tid and ver when given.</summary>
internal static class ClaimsOnlyToken
{
    public static JsonWebToken With(string? tenantId = null, string? version = null)
    {
        var claims = new Dictionary<string, object> { ["oid"] = Guid.NewGuid().ToString() };
        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        if (version is not null)
        {
            claims["ver"] = version;
        }

        return new JsonWebToken(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Claims = claims }));
    }
}
