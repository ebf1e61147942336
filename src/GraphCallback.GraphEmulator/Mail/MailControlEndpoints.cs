using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>
/// Control routes: deliver a voicemail, missed-call notification or any message "now", and
/// inspect the drafts and sent mail the backend produced.
/// </summary>
public static class MailControlEndpoints
{
    public static IEndpointRouteBuilder MapMailControl(this IEndpointRouteBuilder control)
    {
        control.MapPost("/users/{user}/voicemails", (string user, CallMail call, TenantRegistry tenants, MailState mail, TimeProvider clock) =>
            Deliver(user, tenants, mail, clock, owner => CallMailFactory.Voicemail(call, owner, clock.GetUtcNow())));

        control.MapPost("/users/{user}/missedCalls", (string user, CallMail call, TenantRegistry tenants, MailState mail, TimeProvider clock) =>
            tenants.FindUserAnywhere(user) is { TeamsOnly: true }
                ? Results.Conflict(new { error = $"'{user}' is Teams-only: Teams sends them no missed-call e-mail; record the call with /callRecords or /pstnCalls." })
                : Deliver(user, tenants, mail, clock, owner => CallMailFactory.MissedCall(call, owner, clock.GetUtcNow())));

        control.MapPost("/users/{user}/messages", async (HttpContext context, string user, TenantRegistry tenants, MailState mail, TimeProvider clock) =>
        {
            var message = await GraphJson.ReadBodyAsync(context.Request, Message.CreateFromDiscriminatorValue).ConfigureAwait(false);
            return Deliver(user, tenants, mail, clock, _ => message);
        });

        control.MapGet("/users/{user}/drafts", (string user, TenantRegistry tenants, MailState mail) => Folder(user, "drafts", tenants, mail));
        control.MapGet("/users/{user}/sentMail", (string user, TenantRegistry tenants, MailState mail) => Folder(user, "sentitems", tenants, mail));
        return control;
    }

    private static IResult Deliver(string user, TenantRegistry tenants, MailState mail, TimeProvider clock, Func<EmulatedUser, Message> build)
    {
        if (tenants.FindUserAnywhere(user) is not { } owner)
        {
            return Results.NotFound(new { error = $"No user '{user}'." });
        }

        var stored = mail.For(owner).Receive(build(owner), clock.GetUtcNow());
        return Results.Ok(new { id = stored.Id, userId = owner.Id, receivedDateTime = stored.ReceivedDateTime });
    }

    private static IResult Folder(string user, string folder, TenantRegistry tenants, MailState mail)
    {
        if (tenants.FindUserAnywhere(user) is not { } owner)
        {
            return Results.NotFound(new { error = $"No user '{user}'." });
        }

        var messages = mail.For(owner).Folder(folder).Messages.Items.Select(m => (JsonNode)JsonNode.Parse(m.Json)!).ToArray();
        return Results.Content(new JsonObject { ["value"] = new JsonArray(messages) }.ToJsonString(), "application/json");
    }
}
