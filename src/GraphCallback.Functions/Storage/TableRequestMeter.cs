using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GraphCallback.Functions.Storage;

/// <summary>
/// Counts every request the app's Table Storage client sends, retries included, as the metric
/// <see cref="InstrumentName"/> on the meter <see cref="MeterName"/>: Table Storage bills and
/// throttles by request, so this is what a piece of work costs there. An entity-group transaction
/// is one request.
/// </summary>
public sealed class TableRequestMeter : HttpPipelineSynchronousPolicy
{
    public const string MeterName = "GraphCallback.Storage";

    public const string InstrumentName = "graphcallback.table.requests";

    private const string MethodTag = "http.request.method";

    private readonly Counter<long> _requests;

    public TableRequestMeter(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _requests = meters.Create(MeterName).CreateCounter<long>(InstrumentName, unit: "{request}", description: "Requests sent to Table Storage, retries included.");
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _requests.Add(1, new KeyValuePair<string, object?>(MethodTag, message.Request.Method.Method));
    }

    /// <summary>
    /// Starts listening to the requests one app reports, each with its HTTP method: only the meter
    /// made by <paramref name="appMeters"/>, because other apps in the process (tests, the bench
    /// harness) have meters of their own. Dispose the listener to stop.
    /// </summary>
    public static MeterListener Listen(IMeterFactory appMeters, Action<string, long> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == appMeters && instrument.Name == InstrumentName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var method = "?";
            foreach (var tag in tags)
            {
                if (tag is { Key: MethodTag, Value: string name })
                {
                    method = name;
                }
            }

            requests(method, value);
        });
        listener.Start();
        return listener;
    }
}
