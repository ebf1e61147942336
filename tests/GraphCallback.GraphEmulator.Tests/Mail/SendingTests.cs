using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace GraphCallback.GraphEmulator.Tests.Mail;

[Collection(EmulatorCollection.Name)]
public sealed class SendingTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Posting_a_message_creates_a_draft_visible_through_the_control_API()
    {
        var draft = await emulator.Graph().Users[DemoUsers.Megan].Messages.PostAsync(new Message
        {
            Subject = "Call-back summary",
            Body = new ItemBody { ContentType = BodyType.Text, Content = "Three calls returned." },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "patti@fabrikam.example" } }],
        });

        var drafts = await emulator.ControlGetAsync($"users/{DemoUsers.MeganUpn}/drafts");

        Assert.True(draft!.IsDraft);
        Assert.NotNull(draft.Id);
        var stored = Assert.Single(drafts.GetProperty("value").EnumerateArray());
        Assert.Equal(draft.Id, stored.GetProperty("id").GetString());
        Assert.Equal("Call-back summary", stored.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task CreateReply_drafts_a_reply_to_the_sender_in_the_same_conversation()
    {
        var graph = emulator.Graph();
        var original = (await graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r => r.QueryParameters.Top = 1))!.Value!.Single();

        var reply = await graph.Users[DemoUsers.Megan].Messages[original.Id].CreateReply.PostAsync(new Microsoft.Graph.Users.Item.Messages.Item.CreateReply.CreateReplyPostRequestBody { Comment = "Calling you at 3pm." });

        Assert.True(reply!.IsDraft);
        Assert.Equal("RE: " + original.Subject, reply.Subject);
        Assert.Equal(original.ConversationId, reply.ConversationId);
        Assert.Equal(original.From!.EmailAddress!.Address, Assert.Single(reply.ToRecipients!).EmailAddress!.Address);
        Assert.Contains("Calling you at 3pm.", reply.Body!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMail_stores_sent_mail_and_delivers_to_a_colleague_inbox()
    {
        var graph = emulator.Graph();
        await graph.Users[DemoUsers.Megan].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = "Escalation: Fabrikam",
                Body = new ItemBody { ContentType = BodyType.Text, Content = "Patti called three times." },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "alex@contoso.example" } }],
            },
            SaveToSentItems = true,
        });

        var sent = await emulator.ControlGetAsync($"users/{DemoUsers.Megan}/sentMail");
        var alexInbox = await graph.Users[DemoUsers.Alex].MailFolders["inbox"].Messages.GetAsync(r => r.QueryParameters.Filter = "subject eq 'Escalation: Fabrikam'");

        Assert.Equal("Escalation: Fabrikam", Assert.Single(sent.GetProperty("value").EnumerateArray()).GetProperty("subject").GetString());
        var received = Assert.Single(alexInbox!.Value!);
        Assert.Equal(DemoUsers.MeganUpn, received.From!.EmailAddress!.Address);
        Assert.False(received.IsRead);
    }
}
