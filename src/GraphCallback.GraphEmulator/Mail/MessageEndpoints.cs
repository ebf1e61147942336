using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Delta;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>Reading, updating and deleting messages, by mailbox or by folder, and folder delta.</summary>
public static class MessageEndpoints
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/users/{user}/messages", (HttpContext context, string user, TenantRegistry tenants, MailState mail) =>
            List(context, Mailbox(context, user, tenants, mail).AllMessages));

        graph.MapGet("/users/{user}/mailFolders/{folder}", (HttpContext context, string user, string folder, TenantRegistry tenants, MailState mail) =>
        {
            var store = Mailbox(context, user, tenants, mail).Folder(folder);
            var count = store.Messages.Items.Count;
            return GraphResults.Entity(context, new MailFolder
            {
                Id = store.Id,
                DisplayName = store.DisplayName,
                TotalItemCount = count,
                UnreadItemCount = count,
                ChildFolderCount = 0,
                IsHidden = false,
            });
        });

        graph.MapGet("/users/{user}/mailFolders/{folder}/messages", (HttpContext context, string user, string folder, TenantRegistry tenants, MailState mail) =>
            List(context, Mailbox(context, user, tenants, mail).Folder(folder).Messages.Items));

        graph.MapGet("/users/{user}/mailFolders/{folder}/messages/delta", (HttpContext context, string user, string folder, TenantRegistry tenants, MailState mail) =>
        {
            var preferText = MessageRendering.PrefersText(context);
            var store = Mailbox(context, user, tenants, mail).Folder(folder);
            return DeltaResponder.Respond(context, store.Messages, (m, q) => MessageRendering.Render(m, q, preferText), "#microsoft.graph.message");
        });

        graph.MapGet("/users/{user}/messages/{message}", Get);
        graph.MapGet("/users/{user}/mailFolders/{folder}/messages/{message}", Get);

        graph.MapPatch("/users/{user}/messages/{message}", async (HttpContext context, string user, string message, TenantRegistry tenants, MailState mail) =>
        {
            var mailbox = Mailbox(context, user, tenants, mail);
            var stored = mailbox.Find(message);
            var patch = await GraphJson.ReadBodyAsync(context.Request, Message.CreateFromDiscriminatorValue).ConfigureAwait(false);
            var updated = MessageJson.Merge(stored, patch, context.RequestServices.GetRequiredService<TimeProvider>());
            mailbox.Put(mailbox.Folder(stored.FolderId), updated);
            return GraphResults.Json(MessageRendering.Render(updated, Platform.OData.ODataQuery.Empty, false));
        });

        graph.MapDelete("/users/{user}/messages/{message}", (HttpContext context, string user, string message, TenantRegistry tenants, MailState mail) =>
        {
            Mailbox(context, user, tenants, mail).Delete(message);
            return Results.NoContent();
        });

        return graph;
    }

    internal static Mailbox Mailbox(HttpContext context, string user, TenantRegistry tenants, MailState mail) => mail.For(tenants.Resolve(context, user));

    private static IResult Get(HttpContext context, string user, string message, TenantRegistry tenants, MailState mail)
    {
        var preferText = MessageRendering.PrefersText(context);
        var stored = Mailbox(context, user, tenants, mail).Find(message);
        var query = Platform.OData.ODataQuery.From(context.Request);
        return GraphResults.Json(Platform.OData.Projection.Apply(MessageRendering.Render(stored, query, preferText), query));
    }

    private static IResult List(HttpContext context, IEnumerable<StoredMessage> messages)
    {
        var preferText = MessageRendering.PrefersText(context);
        return GraphResults.List(
            context,
            messages.OrderByDescending(m => m.ReceivedDateTime),
            MessageRendering.FilterView,
            (m, q) => MessageRendering.Render(m, q, preferText));
    }
}
