using System.Diagnostics.Metrics;
using GraphCallback.Functions.Storage;

namespace GraphCallback.Functions.Tests.Support;

/// <summary>The HTTP methods of the Table requests one app sends, read from its own meter while this lives.</summary>
internal sealed class TableRequestLog : IDisposable
{
    private readonly MeterListener _listener;
    private readonly List<string> _methods = [];

    public TableRequestLog(IServiceProvider app)
    {
        var ownMeters = app.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            // Only this app's meter: other tests in the process build apps of their own.
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == ownMeters && instrument.Name == TableRequestMeter.InstrumentName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var method = tags.ToArray().Single(t => t.Key == "http.request.method").Value as string ?? "?";
            lock (_methods)
            {
                _methods.AddRange(Enumerable.Repeat(method, (int)value));
            }
        });
        _listener.Start();
    }

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
