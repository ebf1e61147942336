using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>
/// Control routes for requests a <see cref="FaultKind.Hold"/> rule parked:
/// <c>GET /faults/held?atLeast=n</c> answers once n are parked (with how many),
/// <c>POST /faults/release</c> lets them all go on.
/// </summary>
public sealed class HeldRequestsFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services) => services.AddFeatureState<HeldRequests>();

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Control.MapGet("/faults/held", async (HttpContext context, HeldRequests held, int? atLeast) =>
        {
            await held.ParkedAsync(atLeast ?? 0, context.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { held = held.Count });
        });
        routes.Control.MapPost("/faults/release", (HeldRequests held) => Results.Ok(new { released = held.Release() }));
    }
}
