using Azure.Core;
using Azure.Data.Tables;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.Connections;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Ordering;
using GraphCallback.Storage.Settings;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Storage;

/// <summary>Registers the Table Storage stores and the work queues named by the function.json files.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddSingleton<TableRequestMeter>();
        services.AddSingleton(provider =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(provider.GetRequiredService<TableRequestMeter>(), HttpPipelinePosition.PerRetry);
            return new TableServiceClient(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, options);
        });
        services.AddSingleton(provider => new FollowUpStore(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new SyncOutbox(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new SubscriptionStore(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new SubscriptionClaims(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new UserLeases(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new ConnectionStore(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new Watermarks(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new SettingsStore(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new CallBackBlockStore(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => new WorkQueues(
            provider.GetRequiredService<FunctionCatalog>(), provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton<StorageSchema>();
        services.AddSingleton<StorageSchemaStatus>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
