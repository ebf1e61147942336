using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphCallback.Functions.Health;

/// <summary>
/// <c>GET /health</c> (liveness) and <c>GET /health/ready</c> (readiness). The endpoint names are the
/// names of their function.json folders, through which the Functions host forwards them.
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddReadinessCheck<TableStorageReadinessCheck>("storage")
            .AddReadinessCheck<StorageSchemaReadinessCheck>("schema")
            .AddReadinessCheck<FailingItemsReadinessCheck>("failures");
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        // Liveness does no I/O: a slow dependency must not get a healthy instance restarted.
        endpoints.MapGet("/health", () => Results.Ok(new { status = "healthy" }))
            .WithName("Health")
            .AllowAnonymous()
            .ExcludeFromDescription();

        endpoints.MapGet("/health/ready", async (HealthCheckService health, CancellationToken cancellationToken) =>
            {
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(Readiness.Tag), cancellationToken);
                var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString().ToLowerInvariant());
                var details = report.Entries.Where(e => e.Value.Data.Count > 0).ToDictionary(e => e.Key, e => e.Value.Data);
                if (report.Status != HealthStatus.Unhealthy)
                {
                    return Results.Ok(new { status = report.Status.ToString().ToLowerInvariant(), checks, details });
                }

                var failing = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy)
                    .Select(e => $"{e.Key}: {e.Value.Description}");
                return Results.Problem(
                    title: "Not ready",
                    detail: string.Join(" ", failing),
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    extensions: new Dictionary<string, object?> { ["checks"] = checks, ["details"] = details });
            })
            .WithName("HealthReady")
            .AllowAnonymous()
            .ExcludeFromDescription();

        return endpoints;
    }
}
