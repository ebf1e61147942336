using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Batch;

/// <summary>JSON batching: POST /v1.0/$batch, each inner request run through the emulator's own pipeline.</summary>
public sealed class BatchFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<AppPipeline>();
        services.AddTransient<IStartupFilter, PipelineCaptureFilter>();
        services.AddSingleton<InnerRequestRunner>();
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapBatch();
    }
}
