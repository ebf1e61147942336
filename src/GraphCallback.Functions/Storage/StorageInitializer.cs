namespace GraphCallback.Functions.Storage;

/// <summary>
/// Creates the tables and queues at start-up (idempotently), so no request path has to, and a
/// fresh storage account or Azurite just works. It runs beside start-up rather than before it:
/// liveness must answer even while storage is unreachable.
/// </summary>
public sealed partial class StorageInitializer(StorageSchema schema, ILogger<StorageInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await schema.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException e)
        {
            // Storage may be briefly unreachable at start; /health/ready reports it, and the work
            // that needs it fails and retries rather than the whole app refusing to start.
            LogUnreachable(logger, e.Status, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage was not reachable at start-up (status {Status}); tables and queues not created yet")]
    private static partial void LogUnreachable(ILogger logger, int status, Exception exception);
}
