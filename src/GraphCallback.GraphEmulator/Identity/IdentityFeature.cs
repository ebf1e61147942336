using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>The Entra ID stand-in: signing key, token issuing and validation, endpoints, token minting.</summary>
public sealed class IdentityFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<TokenValidator>();
        services.AddFeatureState<ClientApps>();
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Root.MapIdentity();
        routes.Control.MapTokenControl();
    }
}
