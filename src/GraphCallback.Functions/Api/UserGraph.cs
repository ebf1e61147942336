using GraphCallback.Graph.Connection;
using Microsoft.Graph;
using Microsoft.Net.Http.Headers;

namespace GraphCallback.Functions.Api;

/// <summary>
/// Graph for work the signed-in user asked for (their free/busy, a draft in their mailbox):
/// on-behalf-of the very token they called the API with, so Graph applies their permissions.
/// Background work keeps the app's identity (<see cref="GraphClients.ForTenant"/>).
/// </summary>
public static class UserGraph
{
    private const string Scheme = "Bearer ";

    /// <exception cref="InvalidOperationException">The request carried no bearer token (the endpoint is not behind the API policy).</exception>
    public static GraphServiceClient For(HttpContext context, GraphClients graph)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(graph);
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("On-behalf-of needs the request's bearer token.");
        }

        return graph.OnBehalfOf(context.User.Key().TenantId, header[Scheme.Length..].Trim());
    }
}
