using Microsoft.Graph;

namespace GraphCallback.Graph.Mailboxes;

/// <summary>A user's SMTP address: getSchedule names mailboxes by address, not by object id.</summary>
public sealed class MailboxAddressReader(GraphServiceClient graph)
{
    public async Task<string> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await graph.Users[userId].GetAsync(r => r.QueryParameters.Select = ["mail", "userPrincipalName"], cancellationToken).ConfigureAwait(false);
        return user?.Mail ?? user?.UserPrincipalName ?? throw new InvalidOperationException("Graph returned a user with neither mail nor userPrincipalName.");
    }
}
