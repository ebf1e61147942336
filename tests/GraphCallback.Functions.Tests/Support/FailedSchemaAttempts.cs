using System.Diagnostics;
using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>
/// Completes <see cref="First"/> when start-up's attempt to create tables and queues on the given
/// Table port has failed: other apps in the run (on other ports) are ignored.
/// </summary>
internal sealed class FailedSchemaAttempts : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FailedSchemaAttempts(int tablePort)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FunctionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.OperationName == "CreateStorageSchema"
                    && activity.Status == ActivityStatusCode.Error
                    && Equals(activity.GetTagItem("server.port"), tablePort))
                {
                    _first.TrySetResult();
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public Task First => _first.Task;

    public void Dispose() => _listener.Dispose();
}
