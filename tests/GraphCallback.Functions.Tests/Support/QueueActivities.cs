using System.Diagnostics;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Hosting.StandAlone;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>
/// The queue listener's own activities (lease renewed, retry later, poisoned) for one queue, as
/// they finish: other tests' queues in the run are ignored.
/// </summary>
internal sealed class QueueActivities : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly Lock _gate = new();
    private readonly List<Activity> _finished = [];
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public QueueActivities(string queue)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FunctionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (!Equals(activity.GetTagItem(QueueTelemetry.Queue), queue))
                {
                    return;
                }

                TaskCompletionSource added;
                lock (_gate)
                {
                    _finished.Add(activity);
                    added = _added;
                    _added = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                added.TrySetResult();
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Waits until <paramref name="count"/> activities named <paramref name="operation"/> have finished, and returns them all.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(string operation, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task added;
            lock (_gate)
            {
                var found = _finished.Where(activity => activity.OperationName == operation).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                added = _added.Task;
            }

            await added.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _listener.Dispose();
}
