using System.Collections.Concurrent;
using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>A queue function that records each delivery and signals it; it can be made to fail every time.</summary>
internal sealed class RecordingQueueFunction(string name, Exception? failure = null) : IQueueFunction
{
    private readonly ConcurrentQueue<QueueDelivery> _deliveries = new();
    private readonly SemaphoreSlim _delivered = new(0);

    public string Name => name;

    public IReadOnlyList<QueueDelivery> Deliveries => [.. _deliveries];

    public Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken)
    {
        _deliveries.Enqueue(message);
        _delivered.Release();
        return failure is null ? Task.CompletedTask : Task.FromException(failure);
    }

    /// <summary>Waits until <paramref name="count"/> deliveries have been made.</summary>
    public async Task WaitForDeliveriesAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await _delivered.WaitAsync(cancellationToken);
        }
    }
}
