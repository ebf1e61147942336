using System.Net;
using System.Text.Json;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// The token endpoint's interactive grants: authorization_code (PKCE verified) and refresh_token.
/// Each answers as Entra ID does for a single-page app: an access token for the first resource
/// scope, an id token, a refresh token and client_info.
/// </summary>
public sealed class UserTokenGrants(SignInGrants grants, TokenIssuer issuer, SigningKeys keys, ClientApps apps, TimeProvider clock)
{
    private static readonly HashSet<string> OidcScopes = new(StringComparer.OrdinalIgnoreCase) { "openid", "profile", "email", "offline_access" };

    /// <summary>client_info as Entra ID sends it: base64url JSON with the user's object id and tenant id.</summary>
    public static string ClientInfo(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ClientInfo(user.Id, user.TenantId);
    }

    /// <inheritdoc cref="ClientInfo(EmulatedUser)"/>
    public static string ClientInfo(string objectId, string tenantId) =>
        Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(new { uid = objectId, utid = tenantId }));

    public IResult AuthorizationCode(IFormCollection form, ClientApp app, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(app);
        var grant = grants.RedeemCode(form["code"].ToString());
        if (grant is null || !string.Equals(grant.ClientId, app.ClientId, StringComparison.OrdinalIgnoreCase) || grant.RedirectUri != form["redirect_uri"].ToString())
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_grant", 70008, "The provided authorization code or refresh token has expired, been used or does not belong to this client and redirect URI.");
        }

        if (!Pkce.Verifies(grant.CodeChallenge, form["code_verifier"].ToString()))
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }

        var scopes = form["scope"].ToString() is { Length: > 0 } requested ? requested.Split(' ', StringSplitOptions.RemoveEmptyEntries) : grant.Scopes;
        return Tokens(app, grant.User, scopes, grant.Nonce, baseUrl);
    }

    public IResult RefreshToken(IFormCollection form, ClientApp app, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(app);
        var grant = grants.FindRefreshToken(form["refresh_token"].ToString());
        if (grant is null || !string.Equals(grant.ClientId, app.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid: the refresh token is unknown.");
        }

        return Tokens(app, grant.User, form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries), nonce: null, baseUrl);
    }

    private IResult Tokens(ClientApp app, EmulatedUser user, IReadOnlyList<string> scopes, string? nonce, string baseUrl)
    {
        var resourceScopes = scopes.Where(s => !OidcScopes.Contains(s)).ToList();
        var resource = resourceScopes.Count == 0 ? "https://graph.microsoft.com" : ResourceOf(resourceScopes[0]);
        var granted = resourceScopes.Count == 0
            ? ["User.Read"]
            : resourceScopes.Where(s => ResourceOf(s) == resource).Select(s => s[(s.LastIndexOf('/') + 1)..]).ToList();
        var format = AccessTokenFormat.For(resource, apps);
        var spec = new TokenSpec
        {
            Version = format.Version,
            Issuer = format.IssuerFor(baseUrl, user.TenantId),
            Audience = format.Audience,
            TenantId = user.TenantId,
            ObjectId = user.Id,
            ClientId = app.ClientId,
            PreferredUsername = user.UserPrincipalName,
            Name = user.DisplayName,
            Scopes = granted,
        };
        var seconds = (int)spec.Lifetime.TotalSeconds;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = string.Join(' ', granted.Select(s => resource == "https://graph.microsoft.com" ? s : $"{resource}/{s}").Concat(scopes.Where(OidcScopes.Contains))),
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = issuer.Issue(spec),
            ["id_token"] = IdToken(app, user, nonce, TokenIssuer.IssuerFor(baseUrl, user.TenantId)),
            ["refresh_token"] = grants.IssueRefreshToken(new RefreshGrant(app.ClientId, user)),
            ["client_info"] = ClientInfo(user),
        });
    }

    private string IdToken(ClientApp app, EmulatedUser user, string? nonce, string issuerUrl)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = user.TenantId,
            ["oid"] = user.Id,
            ["sub"] = user.Id,
            ["name"] = user.DisplayName,
            ["preferred_username"] = user.UserPrincipalName,
            ["ver"] = "2.0",
        };
        if (!string.IsNullOrEmpty(nonce))
        {
            claims["nonce"] = nonce;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuerUrl,
            Audience = app.ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = keys.Credentials,
        });
    }

    // "api://x/access_as_user" names api://x; a bare scope ("User.Read") means Graph.
    private static string ResourceOf(string scope) =>
        scope.Contains('/', StringComparison.Ordinal) ? scope[..scope.LastIndexOf('/')] : "https://graph.microsoft.com";
}
