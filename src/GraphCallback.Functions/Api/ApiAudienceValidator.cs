using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Api;

/// <summary>
/// The audience rule of each token version (access-token-claims-reference, <c>aud</c>): a v2.0 token
/// always names the API by its client id; a v1.0 token names it as the client asked, by its
/// Application ID URI or its client id. Anything else is another API's token.
/// </summary>
public sealed class ApiAudienceValidator(string clientId, string applicationIdUri)
{
    /// <exception cref="SecurityTokenInvalidAudienceException">The token is not for this API.</exception>
    public bool Validate(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
    {
        var version = AccessTokenVersions.Of(token);
        string[] accepted = version switch
        {
            "2.0" => [clientId],
            "1.0" => [applicationIdUri, clientId],
            _ => [],
        };
        var audience = audiences.ToList();
        if (audience.Count == 1 && accepted.Contains(audience[0], StringComparer.Ordinal))
        {
            return true;
        }

        throw new SecurityTokenInvalidAudienceException($"The token (version {version}) is not for this API: its audience must be {(accepted.Length == 0 ? "that of a version 1.0 or 2.0 token" : string.Join(" or ", accepted))}.")
        {
            InvalidAudience = string.Join(' ', audience),
        };
    }
}
