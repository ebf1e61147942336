using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphCallback.Functions.Hosting;

/// <summary>Registers timer and queue functions; each runs in its own DI scope per firing or message.</summary>
public static class FunctionServiceCollectionExtensions
{
    public static IServiceCollection AddTimerFunction<TFunction>(this IServiceCollection services)
        where TFunction : class, ITimerFunction
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITimerFunction, TFunction>());
        return services;
    }

    public static IServiceCollection AddQueueFunction<TFunction>(this IServiceCollection services)
        where TFunction : class, IQueueFunction
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IQueueFunction, TFunction>());
        return services;
    }
}
