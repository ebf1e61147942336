using Microsoft.Graph;

namespace GraphCallback.Graph.Mailboxes;

/// <summary>
/// Reads the SMTP address a user's mailbox is known by: getSchedule names schedules by address,
/// and background work knows users only by object id.
/// </summary>
public sealed class MailboxAddressReader(GraphServiceClient graph)
{
    public async Task<string> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await graph.Users[userId].GetAsync(request => request.QueryParameters.Select = ["mail", "userPrincipalName"], cancellationToken).ConfigureAwait(false);
        return user?.Mail ?? user?.UserPrincipalName ?? userId;
    }
}
