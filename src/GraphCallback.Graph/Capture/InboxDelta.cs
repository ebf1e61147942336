using System.Globalization;
using GraphCallback.Core.Capture;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;

namespace GraphCallback.Graph.Capture;

/// <summary>
/// Walks the inbox with delta queries: the first round (since a date) back-fills, every later
/// round from the stored deltaLink catches up with whatever notifications were lost.
/// </summary>
public sealed class InboxDelta(GraphServiceClient graph)
{
    /// <summary>Starts a new delta over messages received since <paramref name="since"/>.</summary>
    public async Task<InboxDeltaRound> StartAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var first = await graph.Users[userId].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(
            request =>
            {
                request.QueryParameters.Filter = $"receivedDateTime ge {since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
                request.QueryParameters.Expand = [VoicemailProperties.Expand, "attachments($select=name,contentType,size)"];
                request.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
            },
            cancellationToken).ConfigureAwait(false);
        return await DrainAsync(userId, first, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Continues from a stored deltaLink.</summary>
    /// <exception cref="DeltaExpiredException">Graph no longer knows the link's sync state: start over.</exception>
    public async Task<InboxDeltaRound> ContinueAsync(string userId, string deltaLink, CancellationToken cancellationToken = default)
    {
        try
        {
            var page = await graph.Users[userId].MailFolders["inbox"].Messages.Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(
                request => request.Headers.Add("Prefer", "outlook.body-content-type=\"text\""),
                cancellationToken).ConfigureAwait(false);
            return await DrainAsync(userId, page, cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 410 || error.Error?.Code == "syncStateNotFound")
        {
            throw new DeltaExpiredException("The inbox delta token expired.", error);
        }
    }

    private async Task<InboxDeltaRound> DrainAsync(string userId, DeltaGetResponse? page, CancellationToken cancellationToken)
    {
        var items = new List<InboxItem>();
        string? deltaLink = null;
        while (page is not null)
        {
            items.AddRange((page.Value ?? [])
                .Where(m => m.AdditionalData?.ContainsKey("@removed") != true && m.Id is not null)
                .Select(InboxMessageReader.ToInboxItem));
            deltaLink = page.OdataDeltaLink ?? deltaLink;
            if (page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await graph.Users[userId].MailFolders["inbox"].Messages.Delta.WithUrl(next).GetAsDeltaGetResponseAsync(
                request => request.Headers.Add("Prefer", "outlook.body-content-type=\"text\""),
                cancellationToken).ConfigureAwait(false);
        }

        return new InboxDeltaRound(items, deltaLink ?? throw new InvalidDataException("A delta round ended without a deltaLink."));
    }
}

/// <summary>The messages one delta round found, and the link the next round starts from.</summary>
public sealed record InboxDeltaRound(IReadOnlyList<InboxItem> Items, string DeltaLink);

/// <summary>Graph dropped the delta sync state (410 Gone / syncStateNotFound); a bounded resync follows.</summary>
public sealed class DeltaExpiredException : Exception
{
    public DeltaExpiredException()
    {
    }

    public DeltaExpiredException(string message)
        : base(message)
    {
    }

    public DeltaExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
