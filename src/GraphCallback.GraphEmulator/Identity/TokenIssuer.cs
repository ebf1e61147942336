using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>Creates v1.0 and v2.0 access tokens signed with the emulator's key, optionally with a deliberate defect.</summary>
public sealed class TokenIssuer(SigningKeys keys, TimeProvider clock)
{
    /// <summary>The issuer Entra ID v2.0 uses: {authority host}/{tenant id}/v2.0.</summary>
    public static string IssuerFor(string baseUrl, string tenantId) => $"{baseUrl.TrimEnd('/')}/{tenantId}/v2.0";

    public string Issue(TokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var now = clock.GetUtcNow().UtcDateTime;
        var (notBefore, expires) = spec.Defect switch
        {
            TokenDefect.Expired => (now - spec.Lifetime - TimeSpan.FromHours(1), now - TimeSpan.FromHours(1)),
            TokenDefect.NotYetValid => (now + TimeSpan.FromHours(1), now + TimeSpan.FromHours(1) + spec.Lifetime),
            _ => (now, now + spec.Lifetime),
        };

        var claims = new Dictionary<string, object>
        {
            ["tid"] = spec.Defect == TokenDefect.WrongTenant ? Guid.NewGuid().ToString() : spec.TenantId,
            ["oid"] = spec.ObjectId,
            ["sub"] = spec.ObjectId,
        };
        AddVersionClaims(claims, spec);

        if (spec.Name is not null)
        {
            claims["name"] = spec.Name;
        }

        if (spec.Scopes.Count > 0 && spec.Defect != TokenDefect.MissingScope)
        {
            claims["scp"] = string.Join(' ', spec.Scopes);
        }

        if (spec.Roles.Count > 0 && spec.Defect != TokenDefect.MissingScope)
        {
            claims["roles"] = spec.Roles.ToArray();
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Defect == TokenDefect.WrongIssuer ? "https://sts.invalid.example/" + spec.TenantId + "/v2.0" : spec.Issuer,
            Audience = spec.Defect == TokenDefect.WrongAudience ? "api://wrong-audience-" + spec.ClientId : spec.Audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Claims = claims,
            SigningCredentials = spec.Defect == TokenDefect.Unsigned ? null : keys.Credentials,
        };

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var token = handler.CreateToken(descriptor);
        return spec.Defect == TokenDefect.TamperedSignature ? Tamper(token) : token;
    }

    // The claims that differ by version (access-token-claims-reference): v1.0 names the client
    // appid and the user upn/unique_name; v2.0 names them azp and preferred_username.
    private static void AddVersionClaims(Dictionary<string, object> claims, TokenSpec spec)
    {
        var v2 = spec.Version == AccessTokenVersion.V2;
        claims["ver"] = v2 ? "2.0" : "1.0";
        claims[v2 ? "azp" : "appid"] = spec.ClientId;
        if (spec.PreferredUsername is null)
        {
            return;
        }

        if (v2)
        {
            claims["preferred_username"] = spec.PreferredUsername;
        }
        else
        {
            claims["upn"] = spec.PreferredUsername;
            claims["unique_name"] = spec.PreferredUsername;
        }
    }

    // Flipping characters inside the signature keeps the token well-formed but makes verification fail.
    private static string Tamper(string token)
    {
        var dot = token.LastIndexOf('.');
        var signature = token[(dot + 1)..].ToCharArray();
        for (var i = 0; i < Math.Min(8, signature.Length); i++)
        {
            signature[i] = signature[i] == 'A' ? 'B' : 'A';
        }

        return token[..(dot + 1)] + new string(signature);
    }
}
