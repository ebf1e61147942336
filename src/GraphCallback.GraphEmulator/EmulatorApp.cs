using GraphCallback.GraphEmulator.Identity;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;
using GraphCallback.GraphEmulator.Platform.Counters;
using GraphCallback.GraphEmulator.Platform.Delta;
using GraphCallback.GraphEmulator.Platform.Faults;
using GraphCallback.GraphEmulator.Platform.Features;
using GraphCallback.GraphEmulator.Platform.Permissions;
using GraphCallback.GraphEmulator.Platform.Throttling;
using GraphCallback.GraphEmulator.Scenarios;
using Microsoft.Extensions.Options;

namespace GraphCallback.GraphEmulator;

/// <summary>
/// Builds the emulator's web application: platform services and middlewares, every discovered
/// feature, and the scenario from configuration. Tests build it the same way on a free port.
/// </summary>
public static class EmulatorApp
{
    /// <param name="args">Command line: --urls, --scenario demo|path, any Emulator:* setting.</param>
    /// <param name="configure">Last-word service overrides (e.g. a FakeTimeProvider in tests).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--scenario"] = $"{EmulatorOptions.Section}:Scenario" });
        var certificate = LocalCertificate.Create(TimeProvider.System);
        builder.Services.AddSingleton(certificate);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        if (builder.Configuration[LocalCertificate.PathKey] is { Length: > 0 } certificatePath)
        {
            LocalCertificate.WritePublicPem(certificate, certificatePath);
        }

        builder.Services.Configure<EmulatorOptions>(builder.Configuration.GetSection(EmulatorOptions.Section));
        builder.Services.TryAddSingletonTimeProvider();
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<TenantRegistry>();
        builder.Services.AddSingleton<IResettable>(sp => sp.GetRequiredService<TenantRegistry>());
        builder.Services.AddSingleton<ChangeFeed>();
        builder.Services.AddSingleton<MailboxConcurrency>();
        builder.Services.AddSingleton<DeltaTokens>();
        builder.Services.AddFeatureState<RequestCounters>();
        builder.Services.AddFeatureState<FaultInjector>();
        builder.Services.AddSingleton<ScenarioLoader>();

        var features = FeatureServices.Discover();
        foreach (var feature in features)
        {
            feature.AddServices(builder.Services);
        }

        configure?.Invoke(builder.Services);
        var app = builder.Build();

        app.UseMiddleware<GraphErrorMiddleware>();
        app.UseMiddleware<GraphAuthenticationMiddleware>();
        app.UseMiddleware<GraphPathNormalizer>();
        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<RequestCountingMiddleware>();
        app.UseMiddleware<PermissionMiddleware>();
        app.UseMiddleware<MailboxConcurrencyMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();

        var routes = new EmulatorRoutes(app.MapGroup(GraphRequest.Prefix), app.MapGroup(ControlApi.Prefix), app);
        foreach (var feature in features)
        {
            feature.Map(routes);
        }

        var scenario = app.Services.GetRequiredService<IOptions<EmulatorOptions>>().Value.Scenario;
        if (!string.IsNullOrWhiteSpace(scenario))
        {
            app.Services.GetRequiredService<ScenarioLoader>().Load(ScenarioLoader.Read(scenario));
        }

        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
