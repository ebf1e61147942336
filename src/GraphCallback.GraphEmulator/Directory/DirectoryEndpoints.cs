using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Directory;

/// <summary>/users, /users/{user}, manager, directReports, and the user's contacts.</summary>
public static class DirectoryEndpoints
{
    private const int DirectoryPageSize = 100;

    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/users", (HttpContext context, TenantRegistry tenants) =>
            GraphResults.List(context, tenants.Users(context.Caller().TenantId).Select(UserModels.ToGraph), DirectoryPageSize));

        graph.MapGet("/users/{user}", (HttpContext context, string user, TenantRegistry tenants) =>
            GraphResults.Entity(context, UserModels.ToGraph(tenants.Resolve(context, user))));

        graph.MapGet("/users/{user}/manager", (HttpContext context, string user, TenantRegistry tenants) =>
        {
            var subject = tenants.Resolve(context, user);
            var manager = subject.ManagerId is null ? null : tenants.FindUser(subject.TenantId, subject.ManagerId);
            return manager is null
                ? throw GraphErrorException.NotFound($"Resource 'manager' does not exist or one of its queried reference-property objects are not present.", "Request_ResourceNotFound")
                : GraphResults.Entity(context, UserModels.ToGraph(manager));
        });

        graph.MapGet("/users/{user}/directReports", (HttpContext context, string user, TenantRegistry tenants) =>
        {
            var subject = tenants.Resolve(context, user);
            var reports = tenants.Users(subject.TenantId).Where(u => string.Equals(u.ManagerId, subject.Id, StringComparison.OrdinalIgnoreCase));
            return GraphResults.List(context, reports.Select(UserModels.ToGraph), DirectoryPageSize);
        });

        graph.MapGet("/users/{user}/contacts", (HttpContext context, string user, TenantRegistry tenants, ContactsState contacts) =>
            GraphResults.List(context, contacts.For(tenants.Resolve(context, user).Id).Items.Select(ToContact)));

        graph.MapGet("/users/{user}/contacts/{contact}", (HttpContext context, string user, string contact, TenantRegistry tenants, ContactsState contacts) =>
        {
            var json = contacts.For(tenants.Resolve(context, user).Id).Get(contact)
                ?? throw GraphErrorException.NotFound("The specified object was not found in the store.");
            return GraphResults.Entity(context, ToContact(json));
        });

        return graph;
    }

    private static Contact ToContact(string json) => GraphJson.Parse(json, Contact.CreateFromDiscriminatorValue);
}
