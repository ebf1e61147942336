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

    private readonly Counter<long> _requests;

    public TableRequestMeter(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _requests = meters.Create(MeterName).CreateCounter<long>(InstrumentName, unit: "{request}", description: "Requests sent to Table Storage, retries included.");
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _requests.Add(1, new KeyValuePair<string, object?>("http.request.method", message.Request.Method.Method));
    }
}
