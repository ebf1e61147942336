using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Sync;

/// <summary>Registers the <c>sync</c> queue: its producer and its queue function. Each feature adds its own <see cref="IFollowUpSync"/>.</summary>
public static class SyncServiceCollectionExtensions
{
    public static IServiceCollection AddSync(this IServiceCollection services)
    {
        services.AddSingleton<SyncRequests>();
        services.AddQueueFunction<ProcessSync>();
        return services;
    }
}
