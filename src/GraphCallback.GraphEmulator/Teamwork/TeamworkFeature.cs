using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Teamwork;

/// <summary>The Teams activity feed.</summary>
public sealed class TeamworkFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services) => services.AddFeatureState<ActivityNotifications>();

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapTeamwork();
        routes.Control.MapTeamworkControl();
    }
}
