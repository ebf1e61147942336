using System.Diagnostics;
using Azure.Data.Tables;
using GraphCallback.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Storage;

/// <summary>
/// Creates the tables and queues at start-up (idempotently), so no request path has to, and a
/// fresh storage account or Azurite just works. It runs beside start-up rather than before it:
/// liveness must answer even while storage is unreachable. It keeps trying until storage
/// answers, because a queue that was never created fails every enqueue until a restart.
/// </summary>
public sealed partial class StorageInitializer(
    StorageSchema schema,
    StorageSchemaStatus status,
    TableServiceClient tables,
    PollingClock polling,
    IOptions<StorageOptions> options,
    ILogger<StorageInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!await TryCreateAsync(stoppingToken).ConfigureAwait(false))
        {
            await Task.Delay(options.Value.SchemaRetryDelay, polling.Time, stoppingToken).ConfigureAwait(false);
        }

        status.MarkCreated();
    }

    private async Task<bool> TryCreateAsync(CancellationToken stoppingToken)
    {
        using var activity = FunctionTelemetry.Source.StartActivity("CreateStorageSchema");
        activity?.SetTag("server.address", tables.Uri.Host);
        activity?.SetTag("server.port", tables.Uri.Port);
        try
        {
            await schema.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // The SDK has already retried; past that it throws RequestFailedException or, when
            // every try failed to connect, AggregateException. Either way: wait and start again.
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            LogUnreachable(logger, options.Value.SchemaRetryDelay, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage was not reachable at start-up: tables and queues not created yet; trying again in {Delay}")]
    private static partial void LogUnreachable(ILogger logger, TimeSpan delay, Exception exception);
}
