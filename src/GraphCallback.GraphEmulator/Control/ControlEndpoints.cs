using System.Text.Json;
using GraphCallback.GraphEmulator.Platform.Counters;
using GraphCallback.GraphEmulator.Platform.Delta;
using GraphCallback.GraphEmulator.Platform.Faults;
using GraphCallback.GraphEmulator.Scenarios;

namespace GraphCallback.GraphEmulator.Control;

/// <summary>The emulator-wide control routes: reset, scenario, request counters, faults, delta token expiry.</summary>
public static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapPlatformControl(this IEndpointRouteBuilder control)
    {
        // Every route the emulator serves, so a person (or a test) can see what is emulated.
        control.MapGet("/", (EndpointDataSource endpoints) => Results.Ok(endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} /{e.RoutePattern.RawText?.TrimStart('/')}")
            .Order(StringComparer.Ordinal)));

        control.MapPost("/reset", (ScenarioLoader loader) =>
        {
            loader.ResetAll();
            return Results.NoContent();
        });

        // Body: a scenario document, or {"name":"demo"} / {"path":"..."} to load a file.
        control.MapPost("/scenario", async (HttpRequest request, ScenarioLoader loader) =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            var root = document.RootElement;
            var scenario = root.TryGetProperty("name", out var name) ? ScenarioLoader.Read(name.GetString() ?? "demo")
                : root.TryGetProperty("path", out var path) ? ScenarioLoader.Read(path.GetString() ?? string.Empty)
                : root.Deserialize<Scenario>(ScenarioLoader.JsonOptions) ?? throw new InvalidDataException("Empty scenario.");
            loader.Load(scenario);
            return Results.Ok(new { tenantId = scenario.Tenant.Id, users = scenario.Users.Select(u => new { u.Id, u.UserPrincipalName }) });
        });

        control.MapGet("/counters", (RequestCounters counters) => Results.Ok(counters.Snapshot()));
        control.MapGet("/counters/delegated", (RequestCounters counters) => Results.Ok(counters.DelegatedSnapshot()));
        control.MapDelete("/counters", (RequestCounters counters) =>
        {
            counters.Reset();
            return Results.NoContent();
        });

        control.MapPost("/faults", (FaultRule rule, FaultInjector faults) =>
        {
            faults.Add(rule);
            return Results.Ok(faults.Rules);
        });
        control.MapGet("/faults", (FaultInjector faults) => Results.Ok(faults.Rules));
        control.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Reset();
            return Results.NoContent();
        });

        control.MapPost("/delta/expire", (DeltaTokens tokens) =>
        {
            tokens.ExpireAll();
            return Results.NoContent();
        });

        return control;
    }
}
