using GraphCallback.Functions.Hosting.Catalog;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// Stand-alone mode only: fires each timer function on its function.json schedule, in UTC like the
/// host's default. In custom-handler mode the Functions host owns the timers and this does nothing.
/// Like the host, it leaves out a function whose app setting <c>AzureWebJobs.{name}.Disabled</c> is true.
/// </summary>
public sealed partial class TimerScheduler(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    HostingMode mode,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    // Long waits are taken in slices: Task.Delay cannot wait more than about 49 days, and waking
    // now and then re-reads the clock after the machine has slept.
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        mode.IsCustomHandler
            ? Task.CompletedTask
            : Task.WhenAll(catalog.Timers.Where(timer => !IsDisabled(configuration, timer.Name)).Select(timer => RunScheduleAsync(timer, stoppingToken)));

    /// <summary>The Functions host's switch for one function (an app setting, so <c>AzureWebJobs.Name.Disabled</c> with dots).</summary>
    public static bool IsDisabled(IConfiguration configuration, string function)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return bool.TryParse(configuration[$"AzureWebJobs.{function}.Disabled"], out var disabled) && disabled;
    }

    private async Task RunScheduleAsync(TimerFunctionDefinition timer, CancellationToken stoppingToken)
    {
        DateTimeOffset? last = null;
        var occurrence = timer.NextOccurrenceAfter(time.GetUtcNow());
        LogScheduled(timer.Name, timer.ScheduleExpression, occurrence);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await WaitUntilAsync(occurrence, stoppingToken))
            {
                return;
            }

            // Occurrences missed while waiting or running are skipped, as the host does; the tick
            // says so through IsPastDue.
            var now = time.GetUtcNow();
            var next = timer.NextOccurrenceAfter(now);
            var tick = new TimerTick(IsPastDue: timer.NextOccurrenceAfter(occurrence) <= now, last, next);
            try
            {
                await invoker.RunTimerAsync(timer.Name, tick, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Logged by the invoker. Like the host, a failed run is not retried: the schedule goes on.
            }

            // Never before the occurrence just fired, even if the wall clock stepped back meanwhile.
            last = occurrence;
            occurrence = timer.NextOccurrenceAfter(Later(occurrence, time.GetUtcNow()));
        }
    }

    private async Task<bool> WaitUntilAsync(DateTimeOffset moment, CancellationToken stoppingToken)
    {
        for (var remaining = moment - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = moment - time.GetUtcNow())
        {
            await Task.Delay(remaining < LongestWait ? remaining : LongestWait, time, stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer function {Function} scheduled '{Schedule}', first at {Occurrence:o}")]
    private partial void LogScheduled(string function, string schedule, DateTimeOffset occurrence);
}
