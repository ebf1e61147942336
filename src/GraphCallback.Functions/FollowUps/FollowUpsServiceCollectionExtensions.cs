using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.FollowUps;

/// <summary>Registers the follow-up housekeeping functions.</summary>
public static class FollowUpsServiceCollectionExtensions
{
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddTimerFunction<PurgeClosedFollowUps>();
        return services;
    }
}
