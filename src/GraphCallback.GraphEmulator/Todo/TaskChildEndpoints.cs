using System.Net;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>tasks/{task}/linkedResources and tasks/{task}/checklistItems: list, get, create, update, delete.</summary>
public static class TaskChildEndpoints
{
    public static IEndpointRouteBuilder MapTaskChildren(this IEndpointRouteBuilder graph)
    {
        foreach (var collection in TaskChildren.Collections)
        {
            var route = "/users/{user}/todo/lists/{list}/tasks/{task}/" + collection;

            graph.MapGet(route, (HttpContext context, string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
            {
                var items = TaskChildren.List(TodoListEndpoints.For(context, user, tenants, todo).Task(list, task), collection);
                return GraphResults.List(context, items, item => item, (item, _) => item.DeepClone().AsObject());
            });

            graph.MapGet(route + "/{item}", (HttpContext context, string user, string list, string task, string item, TenantRegistry tenants, TodoState todo) =>
            {
                var found = TaskChildren.Find(TodoListEndpoints.For(context, user, tenants, todo).Task(list, task), collection, item);
                return GraphResults.Json(Projection.Apply(found, ODataQuery.From(context.Request)));
            });

            graph.MapPost(route, async (HttpContext context, string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
            {
                var body = await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false);
                var itemId = string.Empty;
                var json = TodoListEndpoints.For(context, user, tenants, todo).UpdateTask(list, task, (stored, now) => TaskChildren.Add(stored, collection, body, now, out itemId));
                return GraphResults.Json(TaskChildren.Find(json, collection, itemId), HttpStatusCode.Created);
            });

            graph.MapPatch(route + "/{item}", async (HttpContext context, string user, string list, string task, string item, TenantRegistry tenants, TodoState todo) =>
            {
                var patch = await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false);
                var json = TodoListEndpoints.For(context, user, tenants, todo).UpdateTask(list, task, (stored, now) => TaskChildren.Update(stored, collection, item, patch, now));
                return GraphResults.Json(TaskChildren.Find(json, collection, item));
            });

            graph.MapDelete(route + "/{item}", (HttpContext context, string user, string list, string task, string item, TenantRegistry tenants, TodoState todo) =>
            {
                TodoListEndpoints.For(context, user, tenants, todo).UpdateTask(list, task, (stored, now) => TaskChildren.Remove(stored, collection, item, now));
                return Results.NoContent();
            });
        }

        return graph;
    }
}
