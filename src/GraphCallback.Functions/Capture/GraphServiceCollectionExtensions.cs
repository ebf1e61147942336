using GraphCallback.Graph.Connection;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>Registers the Microsoft Graph connection: endpoint, app identity and extra trust, from configuration.</summary>
public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        services.AddOptions<IdentityOptions>().BindConfiguration(IdentityOptions.Section);
        services.AddSingleton(provider => new TrustedCertificate(provider.GetRequiredService<IConfiguration>()[TrustedCertificate.ConfigurationKey]));
        services.AddSingleton(provider => new GraphClients(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value,
            provider.GetRequiredService<IOptions<IdentityOptions>>().Value,
            provider.GetRequiredService<TrustedCertificate>()));
        return services;
    }
}
