using System.Diagnostics;

namespace GraphCallback.Functions.Hosting;

/// <summary>
/// Runs a timer or queue function by name in a fresh DI scope. Both hosting modes go through here,
/// so a function behaves the same whether the Functions host or the stand-alone services trigger it.
/// </summary>
public sealed partial class FunctionInvoker(IServiceScopeFactory scopes, ILogger<FunctionInvoker> logger)
{
    /// <exception cref="Exception">Whatever the function threw, after it has been logged.</exception>
    public async Task RunTimerAsync(string name, TimerTick tick, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var function = Find(scope.ServiceProvider.GetServices<ITimerFunction>(), f => f.Name, name);
        using var activity = FunctionTelemetry.Source.StartActivity(name);
        try
        {
            await function.RunAsync(tick, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            LogTimerFailed(name, ex);
            throw;
        }
    }

    /// <exception cref="Exception">Whatever the function threw, after it has been logged.</exception>
    public async Task HandleQueueAsync(string name, QueueDelivery delivery, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var function = Find(scope.ServiceProvider.GetServices<IQueueFunction>(), f => f.Name, name);
        using var activity = FunctionTelemetry.Source.StartActivity(name);
        activity?.SetTag("messaging.message.id", delivery.MessageId);
        try
        {
            await function.HandleAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            LogQueueFailed(name, delivery.MessageId, delivery.DequeueCount, ex);
            throw;
        }
    }

    private static T Find<T>(IEnumerable<T> functions, Func<T, string> nameOf, string name) =>
        functions.FirstOrDefault(f => string.Equals(nameOf(f), name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No {typeof(T).Name} named '{name}' is registered.");

    // The exception is logged, never the message text: it may carry callers' names and numbers.
    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed")]
    private partial void LogTimerFailed(string function, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue function {Function} failed on message {MessageId} (delivery {DequeueCount})")]
    private partial void LogQueueFailed(string function, string messageId, long dequeueCount, Exception exception);
}
