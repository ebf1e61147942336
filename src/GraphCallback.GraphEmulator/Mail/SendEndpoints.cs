using System.Net;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Graph.Users.Item.SendMail;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>Drafts (POST /messages), createReply, send, and sendMail; internal recipients receive the mail in their inbox.</summary>
public static class SendEndpoints
{
    public static IEndpointRouteBuilder MapSending(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/users/{user}/messages", async (HttpContext context, string user, TenantRegistry tenants, MailState mail, TimeProvider clock) =>
        {
            var mailbox = MessageEndpoints.Mailbox(context, user, tenants, mail);
            var draft = await GraphJson.ReadBodyAsync(context.Request, Message.CreateFromDiscriminatorValue).ConfigureAwait(false);
            return Created(mailbox, AsDraft(draft, mailbox.Owner), clock);
        });

        graph.MapPost("/users/{user}/messages/{message}/createReply", CreateReply);
        graph.MapPost("/users/{user}/mailFolders/{folder}/messages/{message}/createReply", CreateReply);

        graph.MapPost("/users/{user}/messages/{message}/send", (HttpContext context, string user, string message, TenantRegistry tenants, MailState mail, TimeProvider clock) =>
        {
            var mailbox = MessageEndpoints.Mailbox(context, user, tenants, mail);
            var stored = mailbox.Find(message);
            var model = MessageJson.ToModel(stored);
            if (model.IsDraft != true)
            {
                throw GraphErrorException.BadRequest("Only draft messages can be sent.", "ErrorInvalidOperation");
            }

            mailbox.Delete(stored.Id);
            Deliver(model, mailbox, tenants, mail, clock, saveToSentItems: true);
            return Results.Accepted();
        });

        graph.MapPost("/users/{user}/sendMail", async (HttpContext context, string user, TenantRegistry tenants, MailState mail, TimeProvider clock) =>
        {
            var mailbox = MessageEndpoints.Mailbox(context, user, tenants, mail);
            var body = await GraphJson.ReadBodyAsync(context.Request, SendMailPostRequestBody.CreateFromDiscriminatorValue).ConfigureAwait(false);
            if (body.Message?.ToRecipients is not { Count: > 0 })
            {
                throw GraphErrorException.BadRequest("At least one recipient is not valid., A message can't be sent because it contains no recipients.", "ErrorInvalidRecipients");
            }

            Deliver(body.Message, mailbox, tenants, mail, clock, body.SaveToSentItems ?? true);
            return Results.Accepted();
        });

        return graph;
    }

    private static async Task<IResult> CreateReply(HttpContext context, string user, string message, TenantRegistry tenants, MailState mail, TimeProvider clock)
    {
        var mailbox = MessageEndpoints.Mailbox(context, user, tenants, mail);
        var original = MessageJson.ToModel(mailbox.Find(message));
        var request = context.Request.ContentLength is null or 0
            ? new CreateReplyPostRequestBody()
            : await GraphJson.ReadBodyAsync(context.Request, CreateReplyPostRequestBody.CreateFromDiscriminatorValue).ConfigureAwait(false);
        var reply = request.Message ?? new Message();
        reply.Subject ??= "RE: " + original.Subject;
        reply.ToRecipients ??= original.ReplyTo is { Count: > 0 } ? original.ReplyTo : original.From is null ? [] : [original.From];
        reply.ConversationId = original.ConversationId;
        reply.Body ??= new ItemBody
        {
            ContentType = BodyType.Html,
            Content = $"<html><body><div>{WebUtility.HtmlEncode(request.Comment ?? string.Empty)}</div><hr><div>{original.Body?.Content}</div></body></html>",
        };
        return Created(mailbox, AsDraft(reply, mailbox.Owner), clock);
    }

    private static Message AsDraft(Message draft, EmulatedUser owner)
    {
        draft.IsDraft = true;
        draft.IsRead = true;
        draft.From ??= Recipient(owner);
        draft.Sender ??= Recipient(owner);
        return draft;
    }

    private static IResult Created(Mailbox mailbox, Message draft, TimeProvider clock)
    {
        var stored = MessageJson.Create(draft, mailbox.Folder("drafts"), mailbox.Owner, clock.GetUtcNow());
        mailbox.Put(mailbox.Folder("drafts"), stored);
        return GraphResults.Json(MessageRendering.Render(stored, Platform.OData.ODataQuery.Empty, false), HttpStatusCode.Created);
    }

    private static void Deliver(Message message, Mailbox sender, TenantRegistry tenants, MailState mail, TimeProvider clock, bool saveToSentItems)
    {
        var now = clock.GetUtcNow();
        message.Id = null;
        message.IsDraft = false;
        message.From ??= Recipient(sender.Owner);
        message.Sender ??= Recipient(sender.Owner);
        message.SentDateTime = now;
        message.ReceivedDateTime = now;
        if (saveToSentItems)
        {
            var sentItems = sender.Folder("sentitems");
            sender.Put(sentItems, MessageJson.Create(Copy(message), sentItems, sender.Owner, now));
        }

        var recipients = (message.ToRecipients ?? []).Concat(message.CcRecipients ?? []).Concat(message.BccRecipients ?? []);
        foreach (var address in recipients.Select(r => r.EmailAddress?.Address).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (tenants.FindUser(sender.Owner.TenantId, address) is { } colleague)
            {
                var inbox = mail.For(colleague);
                var copy = Copy(message);
                copy.IsRead = false;
                inbox.Put(inbox.Folder("inbox"), MessageJson.Create(copy, inbox.Folder("inbox"), colleague, now));
            }
        }
    }

    private static Message Copy(Message message)
    {
        var copy = GraphJson.Parse(GraphJson.Serialize(message), Message.CreateFromDiscriminatorValue);
        copy.Id = null;
        copy.ParentFolderId = null;
        copy.WebLink = null;
        return copy;
    }

    private static Recipient Recipient(EmulatedUser user) =>
        new() { EmailAddress = new EmailAddress { Name = user.DisplayName, Address = user.Mail ?? user.UserPrincipalName } };
}
