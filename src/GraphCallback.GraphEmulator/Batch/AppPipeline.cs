namespace GraphCallback.GraphEmulator.Batch;

/// <summary>
/// The application's whole request pipeline (error handling, auth, path normalising, routing,
/// counters, faults, endpoints), captured when the host builds it, so $batch can run each inner
/// request through exactly what a separate HTTP request would go through.
/// </summary>
public sealed class AppPipeline
{
    private RequestDelegate? _pipeline;

    public RequestDelegate Pipeline => Volatile.Read(ref _pipeline) ?? throw new InvalidOperationException("The request pipeline has not been built yet.");

    internal void Capture(RequestDelegate pipeline) => Volatile.Write(ref _pipeline, pipeline);
}
