using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Mail;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;

namespace GraphCallback.GraphEmulator.Calendar.Schedule;

/// <summary>POST /users/{user}/calendar/getSchedule: free/busy for up to 20 mailboxes of the caller's tenant.</summary>
public static class GetScheduleEndpoint
{
    public static IEndpointRouteBuilder MapGetSchedule(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/users/{user}/calendar/getSchedule", async (HttpContext context, string user, TenantRegistry tenants, CalendarState calendars, MailState mail) =>
        {
            tenants.Resolve(context, user);
            var body = await GraphJson.ReadBodyAsync(context.Request, GetSchedulePostRequestBody.CreateFromDiscriminatorValue).ConfigureAwait(false);
            var request = ScheduleRequest.From(body);
            var zone = PreferredTimeZone.Resolve(context);
            var directory = tenants.Users(context.Caller().TenantId);
            var schedules = request.Schedules.Select(address =>
                directory.FirstOrDefault(u => Matches(u, address)) is { } owner
                    ? ScheduleBuilder.For(address, calendars.For(owner), MailboxWorkingHours.For(owner, mail), request, zone)
                    : ScheduleBuilder.Unresolved(address));
            return GraphResults.Json(GraphResults.Collection(new JsonArray(schedules.Select(s => (JsonNode)GraphJson.ToNode(s)).ToArray()), null, null));
        });

        return graph;
    }

    private static bool Matches(EmulatedUser user, string address) =>
        address.Equals(user.Mail, StringComparison.OrdinalIgnoreCase) || address.Equals(user.UserPrincipalName, StringComparison.OrdinalIgnoreCase);
}
