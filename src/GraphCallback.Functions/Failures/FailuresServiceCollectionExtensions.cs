using Azure.Data.Tables;
using GraphCallback.Storage.Failures;

namespace GraphCallback.Functions.Failures;

/// <summary>Registers the failure marks, their backoff and their metrics, which every timer's item-by-item run uses.</summary>
public static class FailuresServiceCollectionExtensions
{
    public static IServiceCollection AddFailures(this IServiceCollection services)
    {
        services.AddOptions<FailureOptions>().BindConfiguration(FailureOptions.Section);
        services.AddSingleton(provider => new FailureMarkers(provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton<FailureMeter>();
        services.AddSingleton<FailingItems>();
        return services;
    }
}
