using Azure.Data.Tables;
using GraphCallback.Functions.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Health;

/// <summary>Ready only when Table storage answers a one-row table listing.</summary>
public sealed class TableStorageReadinessCheck(IOptions<StorageOptions> storage) : IHealthCheck
{
    // No retries and a short network timeout: the probe reports the state now, it does not wait it out.
    private readonly TableServiceClient _tables = new(
        storage.Value.ConnectionString,
        new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in _tables.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("Table storage answered.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table storage is not reachable.", ex);
        }
    }
}
