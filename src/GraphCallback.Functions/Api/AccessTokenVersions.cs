using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Api;

/// <summary>Reads an access token's <c>ver</c> claim: "1.0" or "2.0" from Entra ID, anything else refused.</summary>
public static class AccessTokenVersions
{
    public static string Of(SecurityToken token) =>
        token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("ver", out var ver) ? ver : "none";
}
