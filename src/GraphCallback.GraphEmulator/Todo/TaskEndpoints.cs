using System.Net;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Delta;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>/users/{user}/todo/lists/{list}/tasks: list (paged, $expand), get, create, update, delete, and delta.</summary>
public static class TaskEndpoints
{
    private const string Tasks = "/users/{user}/todo/lists/{list}/tasks";

    public static IEndpointRouteBuilder MapTodoTasks(this IEndpointRouteBuilder graph)
    {
        graph.MapGet(Tasks, (HttpContext context, string user, string list, TenantRegistry tenants, TodoState todo) =>
        {
            TaskRendering.RejectNavigationFilter(context.Request);
            var zone = PreferredTimeZone.Resolve(context);
            var tasks = TodoListEndpoints.For(context, user, tenants, todo).Tasks(list).Items;
            return GraphResults.List(context, tasks, TaskRendering.FilterView, (task, query) => TaskRendering.Render(task, query, zone));
        });

        graph.MapPost(Tasks, async (HttpContext context, string user, string list, TenantRegistry tenants, TodoState todo) =>
        {
            var zone = PreferredTimeZone.Resolve(context);
            var body = await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false);
            var task = TodoListEndpoints.For(context, user, tenants, todo).AddTask(list, body);
            return GraphResults.Json(TaskRendering.Render(task, ODataQuery.Empty, zone, inline: true), HttpStatusCode.Created);
        });

        graph.MapGet(Tasks + "/delta", (HttpContext context, string user, string list, TenantRegistry tenants, TodoState todo) =>
        {
            var zone = PreferredTimeZone.Resolve(context);
            var tasks = TodoListEndpoints.For(context, user, tenants, todo).Tasks(list);
            return DeltaResponder.Respond(context, tasks, (task, query) => TaskRendering.Render(task, query, zone), "#microsoft.graph.todoTask");
        });

        graph.MapGet(Tasks + "/{task}", (HttpContext context, string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
        {
            var zone = PreferredTimeZone.Resolve(context);
            var query = ODataQuery.From(context.Request);
            var json = TodoListEndpoints.For(context, user, tenants, todo).Task(list, task);
            return GraphResults.Json(Projection.Apply(TaskRendering.Render(json, query, zone), query));
        });

        graph.MapPatch(Tasks + "/{task}", async (HttpContext context, string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
        {
            var zone = PreferredTimeZone.Resolve(context);
            var patch = await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false);
            var json = TodoListEndpoints.For(context, user, tenants, todo).UpdateTask(list, task, (stored, now) => TaskDocument.Merge(stored, patch, now));
            return GraphResults.Json(TaskRendering.Render(json, ODataQuery.Empty, zone));
        });

        graph.MapDelete(Tasks + "/{task}", (HttpContext context, string user, string list, string task, TenantRegistry tenants, TodoState todo) =>
        {
            TodoListEndpoints.For(context, user, tenants, todo).DeleteTask(list, task);
            return Results.NoContent();
        });

        return graph;
    }
}
