namespace GraphCallback.Functions.Ordering;

/// <summary>Registers per-user ordering: the lease runner every feature's per-user Graph work goes through.</summary>
public static class OrderingServiceCollectionExtensions
{
    public static IServiceCollection AddUserOrdering(this IServiceCollection services)
    {
        services.AddOptions<UserOrderingOptions>().BindConfiguration(UserOrderingOptions.Section);
        services.AddSingleton<UserWork>();
        return services;
    }
}
