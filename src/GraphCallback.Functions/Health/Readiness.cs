using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphCallback.Functions.Health;

/// <summary>
/// Readiness checks are ordinary health checks carrying the <see cref="Tag"/>; <c>/health/ready</c>
/// runs exactly those. Add one with <c>services.AddHealthChecks().AddReadinessCheck&lt;T&gt;("name")</c>.
/// </summary>
public static class Readiness
{
    public const string Tag = "ready";

    // A probe must answer before the platform gives up on it, even when a dependency hangs.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    public static IHealthChecksBuilder AddReadinessCheck<TCheck>(this IHealthChecksBuilder builder, string name)
        where TCheck : class, IHealthCheck =>
        builder.AddCheck<TCheck>(name, HealthStatus.Unhealthy, [Tag], CheckTimeout);
}
