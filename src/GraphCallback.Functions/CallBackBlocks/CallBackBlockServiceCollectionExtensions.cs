using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.CallBackBlocks;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>Registers call-back blocks: the sync step that asks for a plan, the debounced planner queue and the morning timer.</summary>
public static class CallBackBlockServiceCollectionExtensions
{
    public static IServiceCollection AddCallBackBlocks(this IServiceCollection services)
    {
        services.AddOptions<CallBackBlockOptions>().BindConfiguration(CallBackBlockOptions.Section);
        services.AddScoped<PlanningProfiles>();
        services.AddScoped<BlockBooking>();
        services.AddScoped<PlanRequests>();
        services.AddScoped<IFollowUpSync>(provider => provider.GetRequiredService<PlanRequests>());
        services.AddQueueFunction<PlanCallBackBlock>();
        services.AddTimerFunction<PlanCallBackBlocks>();
        return services;
    }
}
