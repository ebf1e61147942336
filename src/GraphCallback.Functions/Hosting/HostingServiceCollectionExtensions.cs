using System.Net;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Hosting.StandAlone;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Hosting;

/// <summary>Registers the Functions hosting machinery: catalog, invoker, hosting mode and the stand-alone services.</summary>
public static class HostingServiceCollectionExtensions
{
    public static IServiceCollection AddFunctionsHosting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new PollingClock(TimeProvider.System));
        services.AddSingleton(provider => HostingMode.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => FunctionCatalog.Load(
            provider.GetRequiredService<IConfiguration>()[FunctionCatalog.ScriptRootKey] ?? AppContext.BaseDirectory));
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<QueueListenerOptions>().BindConfiguration(QueueListenerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueListenerOptions>, QueueListenerOptionsValidation>();
        services.AddSingleton<FunctionInvoker>();
        services.AddHostedService<TimerScheduler>();
        services.AddHostedService<QueueListener>();

        // The host calls its custom handler on this loopback port only; an explicit endpoint takes
        // precedence over any configured URLs.
        services.AddOptions<KestrelServerOptions>().Configure<HostingMode>((kestrel, mode) =>
        {
            if (mode.CustomHandlerPort is { } port)
            {
                kestrel.Listen(IPAddress.Loopback, port);
            }
        });
        return services;
    }
}
