using System.Net;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>/users/{user}/todo/lists: list (paged), get, create, rename and delete task lists.</summary>
public static class TodoListEndpoints
{
    public static IEndpointRouteBuilder MapTodoLists(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/users/{user}/todo/lists", (HttpContext context, string user, TenantRegistry tenants, TodoState todo) =>
            GraphResults.List(context, For(context, user, tenants, todo).Lists));

        graph.MapPost("/users/{user}/todo/lists", async (HttpContext context, string user, TenantRegistry tenants, TodoState todo) =>
        {
            var body = OutlookBody.Parse(await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false), TodoTaskList.CreateFromDiscriminatorValue, "microsoft.graph.todoTaskList");
            var list = For(context, user, tenants, todo).AddList(DisplayName(body), WellknownListName.None);
            return GraphResults.Entity(context, list, HttpStatusCode.Created);
        });

        graph.MapGet("/users/{user}/todo/lists/{list}", (HttpContext context, string user, string list, TenantRegistry tenants, TodoState todo) =>
            GraphResults.Entity(context, For(context, user, tenants, todo).List(list)));

        graph.MapPatch("/users/{user}/todo/lists/{list}", async (HttpContext context, string user, string list, TenantRegistry tenants, TodoState todo) =>
        {
            var body = OutlookBody.Parse(await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false), TodoTaskList.CreateFromDiscriminatorValue, "microsoft.graph.todoTaskList");
            return GraphResults.Entity(context, For(context, user, tenants, todo).RenameList(list, DisplayName(body)));
        });

        graph.MapDelete("/users/{user}/todo/lists/{list}", (HttpContext context, string user, string list, TenantRegistry tenants, TodoState todo) =>
        {
            For(context, user, tenants, todo).DeleteList(list);
            return Results.NoContent();
        });

        return graph;
    }

    internal static UserTodo For(HttpContext context, string user, TenantRegistry tenants, TodoState todo) => todo.For(tenants.Resolve(context, user));

    private static string DisplayName(TodoTaskList body) =>
        string.IsNullOrWhiteSpace(body.DisplayName) ? throw GraphErrorException.BadRequest("displayName is required.", "invalidRequest") : body.DisplayName;
}
