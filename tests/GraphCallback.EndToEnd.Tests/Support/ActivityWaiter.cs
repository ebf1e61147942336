using System.Diagnostics;
using GraphCallback.Functions.Hosting;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>
/// Lets a test await work the app does in the background (a queue message handled, a call
/// captured) by listening to the app's activity source: no polling, no sleeps.
/// </summary>
internal sealed class ActivityWaiter : IDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(2);

    private readonly ActivityListener _listener;
    private readonly List<Activity> _seen = [];
    private readonly List<(Func<Activity, bool> Match, int Count, TaskCompletionSource<IReadOnlyList<Activity>> Done)> _waiters = [];
    private readonly Lock _gate = new();

    public ActivityWaiter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FunctionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Completes once <paramref name="count"/> stopped activities (seen already or to come) match.</summary>
    public async Task<IReadOnlyList<Activity>> WaitAsync(Func<Activity, bool> match, int count = 1)
    {
        TaskCompletionSource<IReadOnlyList<Activity>> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var matching = _seen.Where(match).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            _waiters.Add((match, count, done));
        }

        // The safety net only stops a broken test from hanging the run; it asserts nothing about speed.
        return await done.Task.WaitAsync(SafetyNet).ConfigureAwait(false);
    }

    /// <summary>Waits until <paramref name="count"/> calls of the user have been captured (any outcome, duplicates included).</summary>
    public Task<IReadOnlyList<Activity>> CapturesAsync(string userPartition, int count = 1) =>
        WaitAsync(a => IsCapture(a, userPartition), count);

    /// <summary>Waits until the named function has run <paramref name="count"/> times.</summary>
    public Task<IReadOnlyList<Activity>> RunsAsync(string function, int count = 1) =>
        WaitAsync(a => a.OperationName == function, count);

    /// <summary>
    /// Waits until notifications (or lifecycle events) of subscriptions with this purpose have been
    /// processed <paramref name="count"/> times; To Do notifications run the same function.
    /// </summary>
    public Task<IReadOnlyList<Activity>> NotificationRunsAsync(string purpose, int count = 1) =>
        WaitAsync(a => IsNotificationRun(a, purpose), count);

    /// <summary>How many notifications of subscriptions with this purpose have been processed so far.</summary>
    public int NotificationRunCount(string purpose) => Count(a => IsNotificationRun(a, purpose));

    /// <summary>
    /// Waits until every capture of the user so far has had its sync run (each capture asks for
    /// one), plus <paramref name="extra"/> more runs (retries).
    /// </summary>
    public Task<IReadOnlyList<Activity>> SyncsSettledAsync(string userPartition, int extra = 0) =>
        RunsAsync("SyncFollowUps", CaptureCount(userPartition) + extra);

    /// <summary>How many calls of the user have been captured so far.</summary>
    public int CaptureCount(string userPartition) => Count(a => IsCapture(a, userPartition));

    /// <summary>How many times the named function has run so far.</summary>
    public int RunCount(string function) => Count(a => a.OperationName == function);

    public void Dispose() => _listener.Dispose();

    private static bool IsCapture(Activity a, string userPartition) =>
        a.OperationName == "CaptureCall" && Equals(a.GetTagItem("graphcallback.user"), userPartition) && a.GetTagItem("graphcallback.outcome") is not null;

    private static bool IsNotificationRun(Activity a, string purpose) =>
        a.OperationName == Functions.Capture.ProcessNotifications.NotificationActivity && Equals(a.GetTagItem("graphcallback.purpose"), purpose);

    /// <summary>How many stopped activities so far match.</summary>
    public int Count(Func<Activity, bool> match)
    {
        lock (_gate)
        {
            return _seen.Count(match);
        }
    }

    private void Stopped(Activity activity)
    {
        lock (_gate)
        {
            _seen.Add(activity);
            foreach (var waiter in _waiters.ToList())
            {
                var matching = _seen.Where(waiter.Match).ToList();
                if (matching.Count >= waiter.Count)
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult(matching);
                }
            }
        }
    }
}
