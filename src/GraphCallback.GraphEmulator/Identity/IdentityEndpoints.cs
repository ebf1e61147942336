using System.Net;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// Entra ID's v2.0 endpoints for one tenant: OpenID metadata, JWKS, the authorize and token
/// endpoints. Like Entra ID's, all but authorize answer cross-origin requests, which MSAL.js makes.
/// </summary>
public static class IdentityEndpoints
{
    /// <summary>The CORS policy of the endpoints a browser calls with fetch.</summary>
    public const string CorsPolicy = "EntraBrowserEndpoints";

    private static readonly HashSet<string> MultiTenantAliases = new(StringComparer.OrdinalIgnoreCase) { "common", "organizations" };

    /// <summary>"common" and "organizations": authorities for any tenant, resolved by who signs in.</summary>
    public static bool IsMultiTenantAlias(string tenant) => MultiTenantAliases.Contains(tenant);

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder root)
    {
        root.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", Metadata).RequireCors(CorsPolicy);
        root.MapGet("/{tenant}/discovery/v2.0/keys", Keys).RequireCors(CorsPolicy);
        root.MapGet("/{tenant}/oauth2/v2.0/authorize", AuthorizeEndpoint.Handle);
        root.MapPost("/{tenant}/oauth2/v2.0/token", TokenEndpoint.HandleAsync).DisableAntiforgery().RequireCors(CorsPolicy);
        return root;
    }

    private static IResult Metadata(HttpContext context, string tenant, TenantRegistry tenants, TimeProvider clock)
    {
        var baseUrl = context.BaseUrl();
        var tid = MultiTenantAliases.Contains(tenant) ? "{tenantid}" : tenants.FindTenant(tenant)?.Id;
        if (tid is null)
        {
            return OAuthErrors.Result(clock, HttpStatusCode.BadRequest, "invalid_tenant", 90002, $"Tenant '{tenant}' not found.");
        }

        var authority = $"{baseUrl}/{tenant}";
        return Results.Json(new Dictionary<string, object>
        {
            ["token_endpoint"] = $"{authority}/oauth2/v2.0/token",
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "private_key_jwt", "client_secret_basic" },
            ["jwks_uri"] = $"{authority}/discovery/v2.0/keys",
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token", "id_token token" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["issuer"] = TokenIssuer.IssuerFor(baseUrl, tid),
            ["request_uri_parameter_supported"] = false,
            ["userinfo_endpoint"] = "https://graph.microsoft.com/oidc/userinfo",
            ["authorization_endpoint"] = $"{authority}/oauth2/v2.0/authorize",
            ["device_authorization_endpoint"] = $"{authority}/oauth2/v2.0/devicecode",
            ["http_logout_supported"] = true,
            ["frontchannel_logout_supported"] = true,
            ["end_session_endpoint"] = $"{authority}/oauth2/v2.0/logout",
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nbf", "tid", "oid", "azp", "scp", "roles", "name", "preferred_username", "ver" },
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = "microsoftonline.com",
            ["cloud_graph_host_name"] = "graph.windows.net",
            ["msgraph_host"] = "graph.microsoft.com",
        });
    }

    private static IResult Keys(HttpContext context, string tenant, TenantRegistry tenants, SigningKeys keys)
    {
        var tid = MultiTenantAliases.Contains(tenant) ? "{tenantid}" : tenants.FindTenant(tenant)?.Id ?? tenant;
        return Results.Json(new { keys = new[] { keys.PublicJwk(TokenIssuer.IssuerFor(context.BaseUrl(), tid)) } });
    }
}
