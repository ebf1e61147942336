using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Capture;

/// <summary>Registers capture: the Graph webhooks, the processing behind them, connecting users, and the timers that keep it whole.</summary>
public static class CaptureServiceCollectionExtensions
{
    public static IServiceCollection AddCapture(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        services.AddOptions<CaptureOptions>().BindConfiguration(CaptureOptions.Section);
        services.AddMemoryCache();
        services.AddGraph();
        services.AddSingleton<UserContexts>();
        services.AddSingleton<KnownSubscriptions>();
        services.AddScoped<CallCapture>();
        services.AddScoped<InboxCatchUp>();
        services.AddScoped<CallRecordCapture>();
        services.AddScoped<CallRecordCatchUp>();
        services.AddScoped<UserConnector>();
        services.AddQueueFunction<ProcessNotifications>();
        services.AddTimerFunction<RenewSubscriptions>();
        services.AddTimerFunction<CatchUpInboxes>();
        services.AddTimerFunction<CapturePstnCalls>();
        services.AddTimerFunction<CatchUpCallRecords>();
        return services;
    }
}
