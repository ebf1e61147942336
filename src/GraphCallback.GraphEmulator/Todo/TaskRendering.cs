using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>
/// Shapes a stored task for a response: navigation properties (linked resources, checklist
/// items) only when expanded, narrowed by the expand's own $filter, and times in the zone the
/// request prefers.
/// </summary>
public static class TaskRendering
{
    private static readonly string[] Times = ["dueDateTime", "reminderDateTime", "startDateTime", "completedDateTime"];

    /// <summary>What $filter runs against: the task without its navigation properties.</summary>
    public static JsonObject FilterView(string json)
    {
        var task = JsonNode.Parse(json)!.AsObject();
        foreach (var name in task.Select(p => p.Key).Where(TaskChildren.IsNavigation).ToList())
        {
            task.Remove(name);
        }

        return task;
    }

    /// <param name="json">The stored task.</param>
    /// <param name="query">The request's OData options ($expand decides which navigation properties appear).</param>
    /// <param name="zone">The zone for dateTimeTimeZone values.</param>
    /// <param name="inline">True for a create response, which echoes the linked items created with the task.</param>
    public static JsonObject Render(string json, ODataQuery query, string zone, bool inline = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var task = JsonNode.Parse(json)!.AsObject();
        foreach (var name in task.Select(p => p.Key).Where(TaskChildren.IsNavigation).ToList())
        {
            if (query.Expanded(name) is null && !inline)
            {
                task.Remove(name);
            }
        }

        foreach (var expand in query.Expand.Where(e => TaskChildren.IsNavigation(e.Property)))
        {
            if (task[expand.Property] is not JsonArray items)
            {
                task[expand.Property] = new JsonArray();
            }
            else if (expand.Options.Filter is { } filter)
            {
                foreach (var item in items.OfType<JsonObject>().Where(i => !FilterEvaluator.Matches(filter, i)).ToList())
                {
                    items.Remove(item);
                }
            }
        }

        if (zone != GraphTimeZones.Utc)
        {
            foreach (var name in Times.Where(task.ContainsKey))
            {
                var value = GraphJson.Parse(task[name]!, DateTimeTimeZone.CreateFromDiscriminatorValue);
                task[name] = GraphJson.ToNode(GraphTimeZones.FromInstant(GraphTimeZones.ToInstant(value, name), zone));
            }
        }

        return task;
    }

    /// <summary>
    /// Graph cannot filter tasks on their navigation properties (e.g. linkedResources/externalId);
    /// answering 400 here keeps clients from relying on a filter that real Graph rejects.
    /// </summary>
    public static void RejectNavigationFilter(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filter = request.Query["$filter"].ToString();
        if (TaskChildren.Collections.FirstOrDefault(c => filter.Contains(c, StringComparison.OrdinalIgnoreCase)) is { } navigation)
        {
            throw GraphErrorException.BadRequest($"Invalid filter clause: filtering on the navigation property '{navigation}' is not supported. Use $expand={navigation} and filter on the client.");
        }
    }
}
