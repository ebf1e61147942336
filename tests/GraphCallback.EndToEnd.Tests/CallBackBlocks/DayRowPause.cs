using Azure.Core;
using Azure.Core.Pipeline;

namespace GraphCallback.EndToEnd.Tests.CallBackBlocks;

/// <summary>
/// Another instance's storage pipeline that stops right after its first read (or write) of a
/// day's block record, until the test lets it go: the planner then goes on from what it read or
/// wrote while others move on.
/// </summary>
internal sealed class DayRowPause : HttpPipelinePolicy
{
    private readonly Func<Request, bool> _at;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _hits;

    private DayRowPause(Func<Request, bool> at) => _at = at;

    public static DayRowPause AfterRead() => new(DayRows.IsRead);

    public static DayRowPause AfterWrite() => new(DayRows.IsWrite);

    /// <summary>Completes once the planner has made the request and is held.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _release.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (_at(message.Request) && Interlocked.Increment(ref _hits) == 1)
        {
            _reached.TrySetResult();
            await _release.Task;
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The stores call storage asynchronously.");
}
