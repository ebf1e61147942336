using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;

namespace GraphCallback.GraphEmulator.Teamwork;

/// <summary>POST /users/{user}/teamwork/sendActivityNotification (204), and the control route listing what was sent.</summary>
public static class TeamworkEndpoints
{
    private const int MaxPreviewLength = 150;

    public static IEndpointRouteBuilder MapTeamwork(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/users/{user}/teamwork/sendActivityNotification", async (HttpContext context, string user, TenantRegistry tenants, ActivityNotifications sent, TimeProvider clock) =>
        {
            var recipient = tenants.Resolve(context, user);
            var body = await GraphJson.ReadBodyAsync(context.Request, SendActivityNotificationPostRequestBody.CreateFromDiscriminatorValue).ConfigureAwait(false);
            if (body.Topic is null || string.IsNullOrWhiteSpace(body.ActivityType) || body.PreviewText?.Content is null)
            {
                throw GraphErrorException.BadRequest("topic, activityType and previewText are required.");
            }

            if (body.PreviewText.Content.Length > MaxPreviewLength)
            {
                throw GraphErrorException.BadRequest($"previewText must be at most {MaxPreviewLength} characters.");
            }

            sent.Record(recipient.Id, GraphJson.Serialize(body), clock.GetUtcNow());
            return Results.NoContent();
        });

        return graph;
    }

    public static IEndpointRouteBuilder MapTeamworkControl(this IEndpointRouteBuilder control)
    {
        control.MapGet("/activityNotifications", (ActivityNotifications sent) =>
            Results.Content(new JsonObject { ["value"] = new JsonArray(sent.All.Select(n => (JsonNode)n.DeepClone()).ToArray()) }.ToJsonString(), "application/json"));
        return control;
    }
}
