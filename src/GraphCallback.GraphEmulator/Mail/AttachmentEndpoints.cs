using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;
using GraphCallback.GraphEmulator.Platform.Paging;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>A message's attachments: list and get (fileAttachment with contentBytes), by mailbox or folder path.</summary>
public static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/users/{user}/messages/{message}/attachments", List);
        graph.MapGet("/users/{user}/mailFolders/{folder}/messages/{message}/attachments", List);
        graph.MapGet("/users/{user}/messages/{message}/attachments/{attachment}", Get);
        graph.MapGet("/users/{user}/mailFolders/{folder}/messages/{message}/attachments/{attachment}", Get);
        return graph;
    }

    private static IResult List(HttpContext context, string user, string message, TenantRegistry tenants, MailState mail) =>
        GraphResults.List(context, Attachments(context, user, message, tenants, mail), a => a, (a, _) => (JsonObject)a.DeepClone(), Pager.MaxPageSize);

    private static IResult Get(HttpContext context, string user, string message, string attachment, TenantRegistry tenants, MailState mail)
    {
        var found = Attachments(context, user, message, tenants, mail).FirstOrDefault(a => (string?)a["id"] == attachment)
            ?? throw GraphErrorException.NotFound("The attachment was not found.");
        return GraphResults.Json(Projection.Apply(found, ODataQuery.From(context.Request)));
    }

    private static List<JsonObject> Attachments(HttpContext context, string user, string message, TenantRegistry tenants, MailState mail)
    {
        var stored = MessageEndpoints.Mailbox(context, user, tenants, mail).Find(message);
        return MessageRendering.FilterView(stored)[MessageRendering.Attachments] is JsonArray attachments
            ? attachments.OfType<JsonObject>().Select(a => (JsonObject)a.DeepClone()).ToList()
            : [];
    }
}
