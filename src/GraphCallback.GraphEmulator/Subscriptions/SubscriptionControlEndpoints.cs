using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>Control routes: inspect subscriptions and deliveries, trigger lifecycle events.</summary>
public static class SubscriptionControlEndpoints
{
    public static IEndpointRouteBuilder MapSubscriptionControl(this IEndpointRouteBuilder control)
    {
        control.MapGet("/subscriptions", (SubscriptionStore store) =>
            Results.Content(new JsonObject { ["value"] = new JsonArray(store.Active.Select(s => (JsonNode)GraphJson.ToNode(s.ToGraph())).ToArray()) }.ToJsonString(), "application/json"));

        control.MapGet("/notifications", (NotificationLog log) => Results.Ok(log.Snapshot()));

        // Body: {"lifecycleEvent":"reauthorizationRequired" | "subscriptionRemoved" | "missed"}.
        control.MapPost("/subscriptions/{id}/lifecycle", (string id, LifecycleRequest request, SubscriptionStore store, NotificationDispatcher dispatcher) =>
        {
            if (store.Find(id) is not { } subscription)
            {
                return Results.NotFound(new { error = $"No subscription '{id}'." });
            }

            if (!Enum.TryParse<LifecycleEventType>(request.LifecycleEvent, ignoreCase: true, out var lifecycleEvent))
            {
                return Results.BadRequest(new { error = "lifecycleEvent must be reauthorizationRequired, subscriptionRemoved or missed." });
            }

            if (lifecycleEvent == LifecycleEventType.SubscriptionRemoved)
            {
                store.Remove(subscription.Id);
            }

            dispatcher.SendLifecycle(subscription, lifecycleEvent);
            return Results.Accepted();
        });

        return control;
    }

    /// <summary>The lifecycle event to send.</summary>
    public sealed record LifecycleRequest(string LifecycleEvent);
}
