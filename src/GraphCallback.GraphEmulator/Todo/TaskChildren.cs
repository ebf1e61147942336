using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>
/// A task's linkedResources and checklistItems: kept inside the stored task (so a change to them
/// is a change to the task, as delta and notifications report it) and edited through their own routes.
/// </summary>
public static class TaskChildren
{
    public const string LinkedResources = "linkedResources";
    public const string ChecklistItems = "checklistItems";

    /// <summary>The collections with their own routes.</summary>
    public static readonly IReadOnlyList<string> Collections = [LinkedResources, ChecklistItems];

    /// <summary>Navigation properties of a todoTask: returned only when expanded and never written by a task PATCH.</summary>
    private static readonly HashSet<string> Navigation = new(StringComparer.OrdinalIgnoreCase) { LinkedResources, ChecklistItems, "attachments", "extensions", "attachmentSessions" };

    public static bool IsNavigation(string property) => Navigation.Contains(property);

    public static IReadOnlyList<JsonObject> List(string taskJson, string collection) =>
        JsonNode.Parse(taskJson)![collection] is JsonArray items ? items.OfType<JsonObject>().ToList() : [];

    public static JsonObject Find(string taskJson, string collection, string itemId) =>
        List(taskJson, collection).FirstOrDefault(i => (string?)i["id"] == itemId) ?? throw UserTodo.NotFound();

    /// <summary>Adds an item to a stored task; returns the task and the new item's id.</summary>
    public static JsonObject Add(JsonObject task, string collection, JsonObject body, DateTimeOffset now, out string itemId)
    {
        ArgumentNullException.ThrowIfNull(task);
        var item = Build(collection, body, now, null);
        itemId = (string)item["id"]!;
        if (task[collection] is not JsonArray items)
        {
            items = [];
            task[collection] = items;
        }

        items.Add(item);
        return TaskDocument.Touch(task, now);
    }

    /// <summary>Applies a PATCH to one item of a stored task.</summary>
    public static JsonObject Update(JsonObject task, string collection, string itemId, JsonObject patch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(patch);
        var items = task[collection] as JsonArray ?? throw UserTodo.NotFound();
        var current = items.OfType<JsonObject>().FirstOrDefault(i => (string?)i["id"] == itemId) ?? throw UserTodo.NotFound();
        var merged = current.DeepClone().AsObject();
        foreach (var (name, value) in patch.Where(p => p.Key is not ("id" or "createdDateTime") && !p.Key.StartsWith('@')))
        {
            merged[name] = value?.DeepClone();
        }

        items[items.IndexOf(current)] = Build(collection, merged, now, itemId);
        return TaskDocument.Touch(task, now);
    }

    public static JsonObject Remove(JsonObject task, string collection, string itemId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        var items = task[collection] as JsonArray ?? throw UserTodo.NotFound();
        var item = items.FirstOrDefault(i => (string?)i?["id"] == itemId) ?? throw UserTodo.NotFound();
        items.Remove(item);
        return TaskDocument.Touch(task, now);
    }

    /// <summary>Fills a checklist item's server-set times; checkedDateTime follows isChecked.</summary>
    public static void Complete(ChecklistItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.CreatedDateTime ??= now;
        item.IsChecked ??= false;
        item.CheckedDateTime = item.IsChecked == true ? item.CheckedDateTime ?? now : null;
    }

    private static JsonObject Build(string collection, JsonObject body, DateTimeOffset now, string? id)
    {
        if (collection == LinkedResources)
        {
            var resource = OutlookBody.Parse(body, LinkedResource.CreateFromDiscriminatorValue, "microsoft.graph.linkedResource");
            resource.Id = id ?? Guid.NewGuid().ToString();
            return GraphJson.ToNode(resource);
        }

        var item = OutlookBody.Parse(body, ChecklistItem.CreateFromDiscriminatorValue, "microsoft.graph.checklistItem");
        item.Id = id ?? Guid.NewGuid().ToString();
        Complete(item, now);
        return GraphJson.ToNode(item);
    }
}
