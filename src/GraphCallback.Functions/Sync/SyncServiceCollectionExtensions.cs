using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Sync;

/// <summary>Registers the <c>sync</c> queue: its producer, its queue function and the outbox sweep. Each feature adds its own <see cref="IFollowUpSync"/>.</summary>
public static class SyncServiceCollectionExtensions
{
    public static IServiceCollection AddSync(this IServiceCollection services)
    {
        services.AddSingleton<SyncRequests>();
        services.AddQueueFunction<ProcessSync>();
        services.AddTimerFunction<SweepSyncOutbox>();
        return services;
    }
}
