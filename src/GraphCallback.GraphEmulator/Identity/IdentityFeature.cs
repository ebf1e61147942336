using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>The Entra ID stand-in: signing key, token issuing and validation, browser sign-in, endpoints, token minting.</summary>
public sealed class IdentityFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<TokenValidator>();
        services.AddFeatureState<ClientApps>();
        services.AddFeatureState<SignInGrants>();
        services.AddSingleton<UserTokenGrants>();
        services.AddCors(cors => cors.AddPolicy(IdentityEndpoints.CorsPolicy, policy => policy.AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "POST")));
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Root.MapIdentity();
        routes.Control.MapTokenControl();
    }
}
