using GraphCallback.Core.Capture;
using Microsoft.Graph;

namespace GraphCallback.Graph.Capture;

/// <summary>Reads the tenant's PSTN call log for a time range, following every page (the log pages past 1,000 rows).</summary>
public sealed class PstnCallLog(GraphServiceClient graph)
{
    public async Task<IReadOnlyList<PstnCall>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var builder = graph.Communications.CallRecords.MicrosoftGraphCallRecordsGetPstnCallsWithFromDateTimeWithToDateTime(from, to);
        var page = await builder.GetAsGetPstnCallsWithFromDateTimeWithToDateTimeGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var rows = new List<PstnCall>();
        while (page is not null)
        {
            rows.AddRange((page.Value ?? [])
                .Where(r => r.Id is not null)
                .Select(r => new PstnCall(r.Id!, r.UserId, r.CallType, r.CallerNumber, r.StartDateTime ?? from, r.Duration ?? 0)));
            if (page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await builder.WithUrl(next).GetAsGetPstnCallsWithFromDateTimeWithToDateTimeGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
