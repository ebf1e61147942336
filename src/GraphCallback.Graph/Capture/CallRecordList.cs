using System.Globalization;
using GraphCallback.Core.Capture;
using Microsoft.Graph;

namespace GraphCallback.Graph.Capture;

/// <summary>
/// Lists the tenant's call records that started since a moment, following every page
/// (List callRecords filters on startDateTime and participants only, and lists no sessions).
/// </summary>
public sealed class CallRecordList(GraphServiceClient graph)
{
    public async Task<IReadOnlyList<ListedCallRecord>> StartedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var builder = graph.Communications.CallRecords;
        var page = await builder.GetAsync(
            request =>
            {
                request.QueryParameters.Filter = string.Create(CultureInfo.InvariantCulture, $"startDateTime ge {since.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}");
                request.QueryParameters.Select = ["id", "lastModifiedDateTime"];
            },
            cancellationToken).ConfigureAwait(false);
        var listed = new List<ListedCallRecord>();
        while (page is not null)
        {
            // A record without a modification time is read again rather than skipped.
            listed.AddRange((page.Value ?? [])
                .Where(r => r.Id is not null)
                .Select(r => new ListedCallRecord(r.Id!, r.LastModifiedDateTime ?? DateTimeOffset.MaxValue)));
            if (page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await builder.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return listed;
    }
}
