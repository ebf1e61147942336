using System.Net;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// POST /{tenant}/oauth2/v2.0/token: client_credentials (app token with roles), the
/// jwt-bearer on-behalf-of grant (a user token for the API exchanged for a Graph token with scp),
/// and the browser sign-in grants (authorization_code, refresh_token) of <see cref="UserTokenGrants"/>.
/// </summary>
public static class TokenEndpoint
{
    private const string GraphResource = "https://graph.microsoft.com";
    private static readonly HashSet<string> OidcScopes = new(StringComparer.OrdinalIgnoreCase) { "openid", "profile", "email", "offline_access" };

    public static async Task<IResult> HandleAsync(
        HttpContext context, string tenant, TenantRegistry tenants, ClientApps apps, TokenIssuer issuer, TokenValidator validator, UserTokenGrants userGrants, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tenantInfo = tenants.FindTenant(tenant);
        if (tenantInfo is null && !IdentityEndpoints.IsMultiTenantAlias(tenant))
        {
            return TenantNotFound(clock, tenant);
        }

        if (!context.Request.HasFormContentType)
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var clientId = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        var app = apps.Find(clientId);
        var grantType = form["grant_type"].ToString();
        if (grantType is "authorization_code" or "refresh_token")
        {
            return UserGrant(context, form, app, userGrants, clock, grantType);
        }

        // A user's sign-in finds their tenant through /organizations; an app token needs the tenant named.
        if (tenantInfo is null)
        {
            return TenantNotFound(clock, tenant);
        }

        if (clientId.Length == 0 || secret.Length == 0 || (app.ClientSecret is not null && app.ClientSecret != secret))
        {
            return OAuthErrors.Result(clock, HttpStatusCode.Unauthorized, "invalid_client", 7000215, "Invalid client secret provided.");
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => !OidcScopes.Contains(s)).ToList();
        var baseUrl = context.BaseUrl();
        return grantType switch
        {
            "client_credentials" => ClientCredentials(clock, issuer, apps, app, tenantInfo.Id, baseUrl, scopes),
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => await OnBehalfOfAsync(clock, issuer, validator, apps, app, baseUrl, scopes, form["assertion"].ToString(), form["client_info"] == "1").ConfigureAwait(false),
            var grant => OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{grant}'."),
        };
    }

    private static IResult TenantNotFound(TimeProvider clock, string tenant) =>
        OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_request", 90002, $"Tenant '{tenant}' not found.");

    // A single-page app has no secret: Entra ID then redeems only cross-origin requests (with Origin),
    // so a secret-less code cannot be redeemed by a server that intercepted it.
    private static IResult UserGrant(HttpContext context, IFormCollection form, ClientApp app, UserTokenGrants userGrants, TimeProvider clock, string grantType)
    {
        var secret = form["client_secret"].ToString();
        if (secret.Length > 0 ? app.ClientSecret is not null && app.ClientSecret != secret : string.IsNullOrEmpty(context.Request.Headers.Origin))
        {
            return OAuthErrors.Result(clock, HttpStatusCode.Unauthorized, "invalid_client", 9002327, "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.");
        }

        var baseUrl = context.BaseUrl();
        return grantType == "authorization_code" ? userGrants.AuthorizationCode(form, app, baseUrl) : userGrants.RefreshToken(form, app, baseUrl);
    }

    private static IResult ClientCredentials(TimeProvider clock, TokenIssuer issuer, ClientApps apps, ClientApp app, string tenantId, string baseUrl, List<string> scopes)
    {
        if (scopes.Count != 1 || !scopes[0].EndsWith("/.default", StringComparison.Ordinal))
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_scope", 1002012, "The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
        }

        var format = AccessTokenFormat.For(Resource(scopes[0]), apps);
        var spec = new TokenSpec
        {
            Version = format.Version,
            Issuer = format.IssuerFor(baseUrl, tenantId),
            Audience = format.Audience,
            TenantId = tenantId,
            ObjectId = app.ServicePrincipalId,
            ClientId = app.ClientId,
            Roles = app.Roles,
        };
        return Results.Json(Success(issuer.Issue(spec), spec, string.Join(' ', scopes)));
    }

    private static async Task<IResult> OnBehalfOfAsync(
        TimeProvider clock, TokenIssuer issuer, TokenValidator validator, ClientApps apps, ClientApp app, string baseUrl, List<string> scopes, string assertion, bool withClientInfo)
    {
        // The assertion must be a user token issued for this very API (its client id or an App ID URI naming it).
        var (user, error) = await validator.ValidateAsync(
            assertion, baseUrl, audience => apps.FindResource(audience).ClientId.Equals(app.ClientId, StringComparison.OrdinalIgnoreCase)).ConfigureAwait(false);
        if (user is null || !user.TryGetPayloadValue<string>("scp", out _))
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_grant", 50013, "Assertion failed signature validation or is not a user token for this application. " + error);
        }

        if (scopes.Count == 0)
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_scope", 70011, "The provided value for the input parameter 'scope' is not valid.");
        }

        var resource = Resource(scopes[0]);
        var granted = scopes.Any(s => s.EndsWith("/.default", StringComparison.Ordinal))
            ? app.DelegatedScopes
            : scopes.Select(s => s[(s.LastIndexOf('/') + 1)..]).ToList();
        var tid = user.GetPayloadValue<string>("tid");
        var format = AccessTokenFormat.For(resource, apps);
        var spec = new TokenSpec
        {
            Version = format.Version,
            Issuer = format.IssuerFor(baseUrl, tid),
            Audience = format.Audience,
            TenantId = tid,
            ObjectId = user.GetPayloadValue<string>("oid"),
            ClientId = app.ClientId,
            PreferredUsername = user.TryGetPayloadValue<string>("preferred_username", out var username) || user.TryGetPayloadValue("upn", out username) ? username : null,
            Name = user.TryGetPayloadValue<string>("name", out var name) ? name : null,
            Scopes = granted,
        };
        var response = Success(issuer.Issue(spec), spec, string.Join(' ', granted.Select(s => $"{resource}/{s}")));

        // MSAL asks for client_info (client_info=1) and keys its user token cache by the account it
        // names; without it MSAL's cache fails on the second token for the same user.
        if (withClientInfo)
        {
            response["client_info"] = UserTokenGrants.ClientInfo(spec.ObjectId!, tid);
        }

        return Results.Json(response);
    }


    // "https://graph.microsoft.com/Mail.Read" and ".../.default" name the resource before the last '/'; a bare scope means Graph.
    private static string Resource(string scope) => scope.Contains('/', StringComparison.Ordinal) ? scope[..scope.LastIndexOf('/')] : GraphResource;

    private static Dictionary<string, object> Success(string token, TokenSpec spec, string scope)
    {
        var seconds = (int)spec.Lifetime.TotalSeconds;
        return new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = scope,
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = token,
        };
    }
}
