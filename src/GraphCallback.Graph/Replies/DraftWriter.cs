using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace GraphCallback.Graph.Replies;

/// <summary>Creates (never sends) a draft in the user's mailbox, for them to review and send themselves.</summary>
public sealed class DraftWriter(GraphServiceClient graph)
{
    public async Task<(string Id, string? WebLink)> CreateAsync(string userId, string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var draft = await graph.Users[userId].Messages.PostAsync(
            new Message
            {
                Subject = subject,
                Body = new ItemBody { ContentType = BodyType.Text, Content = body },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to } }],
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return (draft?.Id ?? throw new InvalidOperationException("Graph created a draft without an id."), draft.WebLink);
    }
}
