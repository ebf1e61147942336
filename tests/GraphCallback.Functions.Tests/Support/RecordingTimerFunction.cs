using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>A timer function that records its first firing and when, by its clock, that was; it can be made to fail.</summary>
internal sealed class RecordingTimerFunction(string name, TimeProvider clock, Exception? failure = null) : ITimerFunction
{
    public string Name => name;

    public TaskCompletionSource<(TimerTick Tick, DateTimeOffset FiredAt)> Fired { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        Fired.TrySetResult((tick, clock.GetUtcNow()));
        return failure is null ? Task.CompletedTask : Task.FromException(failure);
    }
}
