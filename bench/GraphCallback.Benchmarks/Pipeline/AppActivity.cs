using System.Collections.Concurrent;
using System.Diagnostics;
using GraphCallback.Functions.Hosting;

namespace GraphCallback.Benchmarks.Pipeline;

/// <summary>
/// Follows the in-process app's activity source: captured calls by outcome (and when the latest
/// was), and function runs and failures by name, so the harness waits on work rather than guessing.
/// </summary>
internal sealed class AppActivity : IDisposable
{
    private const string CaptureOperation = "CaptureCall";
    private const string OutcomeTag = "graphcallback.outcome";

    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, long> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastSuccess = new(StringComparer.Ordinal);
    private long _captured;
    private long _lastCapture;

    public AppActivity()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FunctionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Calls captured (any outcome, duplicates included).</summary>
    public long Captured => Interlocked.Read(ref _captured);

    /// <summary>The <see cref="Stopwatch"/> timestamp of the latest capture.</summary>
    public long LastCapture => Interlocked.Read(ref _lastCapture);

    public IReadOnlyDictionary<string, long> Outcomes() => new SortedDictionary<string, long>(_outcomes, StringComparer.Ordinal);

    /// <summary>Runs of the function that ended without an error.</summary>
    public long Succeeded(string function) => _runs.GetValueOrDefault(function) - _failures.GetValueOrDefault(function);

    /// <summary>The <see cref="Stopwatch"/> timestamp of the function's latest successful run, or null.</summary>
    public long? LastSuccess(string function) => _lastSuccess.TryGetValue(function, out var at) ? at : null;

    /// <summary>Function runs that ended in an error, by function.</summary>
    public IReadOnlyDictionary<string, long> Failures() => new SortedDictionary<string, long>(_failures, StringComparer.Ordinal);

    public void Reset()
    {
        _outcomes.Clear();
        _runs.Clear();
        _failures.Clear();
        _lastSuccess.Clear();
        Interlocked.Exchange(ref _captured, 0);
    }

    public void Dispose() => _listener.Dispose();

    private void Stopped(Activity activity)
    {
        if (activity.OperationName == CaptureOperation)
        {
            if (activity.GetTagItem(OutcomeTag) is string outcome)
            {
                _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                Interlocked.Increment(ref _captured);
                Interlocked.Exchange(ref _lastCapture, Stopwatch.GetTimestamp());
            }

            return;
        }

        _runs.AddOrUpdate(activity.OperationName, 1, (_, n) => n + 1);
        if (activity.Status == ActivityStatusCode.Error)
        {
            _failures.AddOrUpdate(activity.OperationName, 1, (_, n) => n + 1);
        }
        else
        {
            _lastSuccess[activity.OperationName] = Stopwatch.GetTimestamp();
        }
    }
}
