using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>POST /_emulator/tokens: mints a signed token for a user (or app), optionally with a deliberate defect.</summary>
public static class TokenControlEndpoints
{
    /// <summary>The client id minted tokens carry when the request names none.</summary>
    public const string DefaultClientId = "5d1f7a52-3c1e-4f0b-9a57-6f4e1c2b9d10";

    public static IEndpointRouteBuilder MapTokenControl(this IEndpointRouteBuilder control)
    {
        control.MapPost("/tokens", Mint);
        return control;
    }

    private static IResult Mint(HttpContext context, MintTokenRequest request, TenantRegistry tenants, ClientApps apps, TokenIssuer issuer)
    {
        var user = request.User is null ? null : tenants.FindUserAnywhere(request.User);
        if (request.User is not null && user is null)
        {
            return Results.NotFound(new { error = $"No user '{request.User}'." });
        }

        var tenantId = user?.TenantId ?? request.TenantId ?? tenants.DefaultTenantId;
        var app = apps.Find(request.ClientId ?? DefaultClientId);
        var format = AccessTokenFormat.For(request.Audience ?? "https://graph.microsoft.com", apps);
        var version = request.Version ?? format.Version;
        var spec = new TokenSpec
        {
            Version = version,
            Issuer = AccessTokenFormat.IssuerFor(version, context.BaseUrl(), tenantId),
            Audience = request.Version is null ? format.Audience : request.Audience ?? format.Audience,
            TenantId = tenantId,
            ObjectId = user?.Id ?? app.ServicePrincipalId,
            ClientId = app.ClientId,
            PreferredUsername = user?.UserPrincipalName,
            Name = user?.DisplayName,
            Scopes = user is null ? [] : (request.Scopes ?? string.Join(' ', app.DelegatedScopes)).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Roles = user is null ? request.Roles ?? app.Roles : request.Roles ?? [],
            Lifetime = TimeSpan.FromMinutes(request.LifetimeMinutes ?? 60),
            Defect = request.Defect,
        };
        return Results.Json(new { access_token = issuer.Issue(spec), token_type = "Bearer", expires_in = (int)spec.Lifetime.TotalSeconds });
    }
}
