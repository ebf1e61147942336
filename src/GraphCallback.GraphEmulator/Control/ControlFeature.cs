using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Control;

/// <summary>The platform's own control routes (features add theirs in their own folders).</summary>
public sealed class ControlFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Control.MapPlatformControl();
    }
}
