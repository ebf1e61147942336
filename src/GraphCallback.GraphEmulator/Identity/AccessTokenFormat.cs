namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// What an access token for a resource looks like, as Entra ID decides it: the version the
/// resource's registration asks for (requestedAccessTokenVersion; null means 1), and so its aud
/// and iss. Microsoft Graph takes v1.0 tokens. Sources: learn.microsoft.com/entra/identity-platform/access-tokens
/// (token formats) and access-token-claims-reference (aud, iss).
/// </summary>
public sealed record AccessTokenFormat(AccessTokenVersion Version, string Audience)
{
    /// <summary>The issuer Entra ID puts in v1.0 tokens of the public cloud, whatever authority issued them.</summary>
    public const string V1IssuerHost = "https://sts.windows.net";

    private const string GraphResource = "https://graph.microsoft.com";
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";

    /// <summary>The format of a token for <paramref name="resource"/>: an App ID URI, a client id, or Graph.</summary>
    public static AccessTokenFormat For(string resource, ClientApps apps)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(apps);
        if (IsGraph(resource))
        {
            return new AccessTokenFormat(AccessTokenVersion.V1, resource.TrimEnd('/'));
        }

        // A v2.0 token always names the API by its client id; a v1.0 token keeps what was asked for.
        var api = apps.FindResource(resource);
        return api.RequestedAccessTokenVersion == 2
            ? new AccessTokenFormat(AccessTokenVersion.V2, api.ClientId)
            : new AccessTokenFormat(AccessTokenVersion.V1, resource);
    }

    /// <summary>The issuer of a token of <paramref name="version"/> for <paramref name="tenantId"/>.</summary>
    public static string IssuerFor(AccessTokenVersion version, string baseUrl, string tenantId) =>
        version == AccessTokenVersion.V2 ? TokenIssuer.IssuerFor(baseUrl, tenantId) : $"{V1IssuerHost}/{tenantId}/";

    /// <summary>This format's issuer for <paramref name="tenantId"/>.</summary>
    public string IssuerFor(string baseUrl, string tenantId) => IssuerFor(Version, baseUrl, tenantId);

    private static bool IsGraph(string resource) =>
        resource.TrimEnd('/').Equals(GraphResource, StringComparison.OrdinalIgnoreCase) || resource.Equals(GraphAppId, StringComparison.OrdinalIgnoreCase);
}
