namespace GraphCallback.GraphEmulator.Batch;

/// <summary>
/// Runs before the application's own middleware is added, so the delegate handed to this first
/// component is the rest of the pipeline, i.e. the whole application. It returns that delegate
/// unchanged: nothing is added to any request's path.
/// </summary>
internal sealed class PipelineCaptureFilter(AppPipeline holder) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(rest =>
        {
            holder.Capture(rest);
            return rest;
        });
        next(app);
    };
}
