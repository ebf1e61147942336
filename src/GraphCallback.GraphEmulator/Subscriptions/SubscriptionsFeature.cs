using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>Change notification subscriptions and their delivery.</summary>
public sealed class SubscriptionsFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddFeatureState<SubscriptionStore>();
        services.AddFeatureState<NotificationLog>();
        services.AddSingleton<ValidationHandshake>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapSubscriptions();
        routes.Control.MapSubscriptionControl();
    }
}
