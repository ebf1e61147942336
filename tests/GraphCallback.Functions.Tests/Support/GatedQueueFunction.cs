using System.Collections.Concurrent;
using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>A queue function that holds every delivery until the test opens the gate: work that runs as long as the test needs.</summary>
internal sealed class GatedQueueFunction(string name) : IQueueFunction
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<QueueDelivery> _finished = new();
    private readonly SemaphoreSlim _finishing = new(0);

    public string Name => name;

    /// <summary>Completes when the first delivery has reached the gate.</summary>
    public Task Started => _started.Task;

    public IReadOnlyList<QueueDelivery> Finished => [.. _finished];

    public async Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken)
    {
        _started.TrySetResult();

        // Deaf to shutdown on purpose: it stands for work that finishes what it started.
        await _gate.Task;
        _finished.Enqueue(message);
        _finishing.Release();
    }

    public void Open() => _gate.TrySetResult();

    /// <summary>Waits until <paramref name="count"/> deliveries have passed the gate.</summary>
    public async Task WaitForFinishedAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await _finishing.WaitAsync(cancellationToken);
        }
    }
}
