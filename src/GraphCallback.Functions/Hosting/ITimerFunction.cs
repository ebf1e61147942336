namespace GraphCallback.Functions.Hosting;

/// <summary>
/// A timer function: code that runs on the NCRONTAB schedule written in the function.json folder
/// that carries its <see cref="Name"/>. Register it with <c>AddTimerFunction&lt;T&gt;()</c>.
/// </summary>
public interface ITimerFunction
{
    /// <summary>The function's folder name: the Functions host posts each firing to <c>/{Name}</c>.</summary>
    string Name { get; }

    /// <summary>Does the timer's work. Throwing marks the run failed; the next run is the next occurrence.</summary>
    Task RunAsync(TimerTick tick, CancellationToken cancellationToken);
}
