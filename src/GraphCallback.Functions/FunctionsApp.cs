using GraphCallback.Functions.Api;
using GraphCallback.Functions.Availability;
using GraphCallback.Functions.CallBackBlocks;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Failures;
using GraphCallback.Functions.FollowUps;
using GraphCallback.Functions.Health;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Functions.Hosting.HostProtocol;
using GraphCallback.Functions.Ordering;
using GraphCallback.Functions.Settings;
using GraphCallback.Functions.Storage;
using GraphCallback.Functions.Sync;
using GraphCallback.Functions.TaskPane;
using GraphCallback.Functions.Tasks;

namespace GraphCallback.Functions;

/// <summary>
/// The composition root. Program runs it; tests build the same app with their own configuration
/// and services between <see cref="CreateBuilder"/> and <see cref="Build"/>. Every function's
/// registration and endpoint belongs here, so tests see exactly what production serves.
/// </summary>
public static class FunctionsApp
{
    /// <summary>Where a stand-alone run listens when no URLs are configured: the Functions host's local default.</summary>
    public const string DefaultUrl = "http://localhost:7071";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (!UrlsConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddFunctionsHosting();
        builder.Services.AddHealth();
        builder.Services.AddTableStorage();
        builder.Services.AddUserOrdering();
        builder.Services.AddFailures();
        builder.Services.AddSync();
        builder.Services.AddTasks();
        builder.Services.AddCapture();
        builder.Services.AddCallBackBlocks();
        builder.Services.AddFollowUps();
        builder.Services.AddApiAuthentication(builder.Configuration);
        builder.Services.AddApiDocument();
        builder.Services.AddTaskPane();
        return builder;
    }

    /// <exception cref="InvalidOperationException">A function.json names no registered handler.</exception>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        app.MapHealth();
        app.MapNotifications();
        app.MapFollowUpApi();
        app.MapSettingsApi();
        app.MapConnectApi();
        app.MapAvailabilityApi();
        app.MapCallBackBlockApi();
        app.MapApiDocument();
        app.MapTaskPane();
        app.MapFunctionInvocations(catalog);

        FunctionHandlerCheck.Verify(catalog, app.Services, ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints));
        return app;
    }

    private static bool UrlsConfigured(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[HostingMode.CustomHandlerPortKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]);
}
