using System.Diagnostics.Metrics;
using GraphCallback.Functions.Storage;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>The HTTP methods of the Table requests one app sends, read from its own meter while this lives.</summary>
internal sealed class TableRequestLog : IDisposable
{
    private readonly MeterListener _listener;
    private readonly List<string> _methods = [];

    // Only this app's meter: other tests in the process build apps of their own.
    public TableRequestLog(IServiceProvider app) =>
        _listener = TableRequestMeter.Listen(app.GetRequiredService<IMeterFactory>(), (method, count) =>
        {
            lock (_methods)
            {
                _methods.AddRange(Enumerable.Repeat(method, (int)count));
            }
        });

    public IReadOnlyList<string> Methods
    {
        get
        {
            lock (_methods)
            {
                return [.. _methods];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
