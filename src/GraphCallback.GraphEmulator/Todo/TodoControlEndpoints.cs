using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>
/// Control routes for To Do: read a user's lists and tasks exactly as stored (linked items
/// included), and act as the user in the To Do app — complete a task or untick it, move its due
/// date, delete it.
/// The same changes are possible through Graph, but a person in the app is not the backend: these
/// routes are not counted, not faulted and need no token, while still publishing the change so
/// subscriptions fire as they would for the user's own edit. The user may also delete a whole list.
/// </summary>
public static class TodoControlEndpoints
{
    private const string Task = "/users/{user}/todo/lists/{list}/tasks/{task}";

    public static IEndpointRouteBuilder MapTodoControl(this IEndpointRouteBuilder control)
    {
        control.MapGet("/users/{user}/todo", (string user, TenantRegistry tenants, TodoState todo) =>
        {
            var owner = Owner(user, tenants, todo);
            var lists = owner.Lists.Select(list =>
            {
                var json = GraphJson.ToNode(list);
                json["tasks"] = new JsonArray(owner.Tasks(list.Id!).Items.Select(t => (JsonNode)JsonNode.Parse(t)!).ToArray());
                return (JsonNode)json;
            });
            return Json(new JsonObject { ["value"] = new JsonArray(lists.ToArray()) });
        });

        control.MapPost(Task + "/complete", (string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
            Patch(Owner(user, tenants, todo), list, task, new JsonObject { ["status"] = "completed" }));

        // Unticking a completed task in the app makes it not started again.
        control.MapPost(Task + "/uncomplete", (string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
            Patch(Owner(user, tenants, todo), list, task, new JsonObject { ["status"] = "notStarted" }));

        // Body: {"dueDateTime": {"dateTime": "...", "timeZone": "..."}}, or {"dueDateTime": null} to remove the due date.
        control.MapPost(Task + "/dueDate", async (HttpContext context, string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
        {
            var body = await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false);
            if (body.Count != 1 || !body.ContainsKey("dueDateTime"))
            {
                throw GraphErrorException.BadRequest("The body must be {\"dueDateTime\": {...}} or {\"dueDateTime\": null}.");
            }

            return Patch(Owner(user, tenants, todo), list, task, body);
        });

        control.MapDelete("/users/{user}/todo/lists/{list}", (string user, string list, TenantRegistry tenants, TodoState todo) =>
        {
            Owner(user, tenants, todo).DeleteList(list);
            return Results.NoContent();
        });

        control.MapDelete(Task, (string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
        {
            Owner(user, tenants, todo).DeleteTask(list, task);
            return Results.NoContent();
        });

        return control;
    }

    private static UserTodo Owner(string user, TenantRegistry tenants, TodoState todo) =>
        todo.For(tenants.FindUserAnywhere(user) ?? throw GraphErrorException.NotFound($"No user '{user}'.", "Request_ResourceNotFound"));

    private static IResult Patch(UserTodo owner, string list, string task, JsonObject patch) =>
        Json(JsonNode.Parse(owner.UpdateTask(list, task, (stored, now) => TaskDocument.Merge(stored, patch, now)))!);

    private static IResult Json(JsonNode body) => Results.Content(body.ToJsonString(), "application/json");
}
