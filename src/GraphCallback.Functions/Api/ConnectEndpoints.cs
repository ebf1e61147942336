using GraphCallback.Functions.Capture;

namespace GraphCallback.Functions.Api;

/// <summary>
/// <c>POST /api/connect</c>: the task pane's first run connects the signed-in user (subscriptions
/// plus back-fill) and answers with the connection's state; connecting again is harmless.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/connect", async (HttpContext context, UserConnector connector, CancellationToken cancellationToken) =>
            {
                var connection = await connector.ConnectAsync(context.User.Key(), cancellationToken);
                return Results.Ok(new
                {
                    connectedAt = connection.ConnectedAt,
                    subscribed = connection.InboxSubscriptionId is not null,
                    backFilled = connection.InboxDeltaLink is not null,
                });
            })
            .WithName("ApiConnect")
            .RequireAuthorization(ApiAuthentication.Policy);
        return endpoints;
    }
}
