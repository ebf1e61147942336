using GraphCallback.GraphEmulator.Platform.Features;
using GraphCallback.GraphEmulator.Scenarios;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>Teams call records and the PSTN call log.</summary>
public sealed class CallRecordsFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddFeatureState<CallRecordsState>();
        services.AddSingleton<IScenarioSeeder, CallRecordsSeeder>();
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapCallRecords();
        routes.Control.MapCallRecordControl();
    }
}
