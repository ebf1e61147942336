namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>
/// Requests a <see cref="FaultKind.Hold"/> rule parked: each waits, already matched and counted,
/// until the control API releases them, so a test can pause a write at Graph and act meanwhile.
/// Thread-safe.
/// </summary>
public sealed class HeldRequests : IResettable
{
    private readonly Lock _gate = new();
    private readonly List<TaskCompletionSource> _parked = [];
    private readonly List<(int AtLeast, TaskCompletionSource Seen)> _watchers = [];

    /// <summary>How many requests are parked now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _parked.Count;
            }
        }
    }

    /// <summary>Waits until <see cref="Release"/> (or a reset) lets this request go on.</summary>
    public Task ParkAsync(CancellationToken cancellationToken)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _parked.Add(release);
            foreach (var watcher in _watchers.Where(w => _parked.Count >= w.AtLeast))
            {
                watcher.Seen.TrySetResult();
            }

            _watchers.RemoveAll(w => w.Seen.Task.IsCompleted);
        }

        return release.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Completes once at least <paramref name="atLeast"/> requests are parked.</summary>
    public Task ParkedAsync(int atLeast, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_parked.Count >= atLeast)
            {
                return Task.CompletedTask;
            }

            _watchers.Add((atLeast, seen));
        }

        return seen.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Lets every parked request go on; returns how many there were.</summary>
    public int Release()
    {
        TaskCompletionSource[] released;
        lock (_gate)
        {
            released = [.. _parked];
            _parked.Clear();
        }

        foreach (var request in released)
        {
            request.TrySetResult();
        }

        return released.Length;
    }

    public void Reset() => Release();
}
