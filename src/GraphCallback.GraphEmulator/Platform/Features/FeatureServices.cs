
namespace GraphCallback.GraphEmulator.Platform.Features;

/// <summary>Helpers features use to register themselves.</summary>
public static class FeatureServices
{
    /// <summary>Registers a feature's state as a singleton, and as IResettable when it is one, so reset reaches it.</summary>
    public static IServiceCollection AddFeatureState<TState>(this IServiceCollection services)
        where TState : class
    {
        services.AddSingleton<TState>();
        if (typeof(IResettable).IsAssignableFrom(typeof(TState)))
        {
            services.AddSingleton(sp => (IResettable)sp.GetRequiredService<TState>());
        }

        return services;
    }

    /// <summary>Every IEmulatorFeature in the emulator assembly, in a stable order.</summary>
    public static IReadOnlyList<IEmulatorFeature> Discover() =>
        typeof(IEmulatorFeature).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEmulatorFeature).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IEmulatorFeature)Activator.CreateInstance(t)!)
            .ToList();
}
