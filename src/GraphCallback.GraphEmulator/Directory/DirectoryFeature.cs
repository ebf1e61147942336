using GraphCallback.GraphEmulator.Platform.Features;
using GraphCallback.GraphEmulator.Scenarios;

namespace GraphCallback.GraphEmulator.Directory;

/// <summary>The directory (users, manager, direct reports) and personal contacts.</summary>
public sealed class DirectoryFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddFeatureState<ContactsState>();
        services.AddSingleton<IScenarioSeeder, ContactsSeeder>();
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapDirectory();
    }
}
