using GraphCallback.Functions.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphCallback.Functions.Health;

/// <summary>Ready only once start-up has created every table and queue: before that, work would fail on a missing one.</summary>
public sealed class StorageSchemaReadinessCheck(StorageSchemaStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsCreated
            ? HealthCheckResult.Healthy("Tables and queues exist.")
            : HealthCheckResult.Unhealthy("Tables and queues are not created yet."));
}
