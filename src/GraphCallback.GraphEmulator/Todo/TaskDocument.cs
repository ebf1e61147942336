using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>
/// The stored form of a todoTask and the rules To Do applies on writes: server-set ids and
/// timestamps, defaults, times kept in UTC, and completedDateTime following status.
/// </summary>
public static class TaskDocument
{
    public const string TypeName = "microsoft.graph.todoTask";

    /// <summary>Properties the server owns; a PATCH that names them leaves them unchanged.</summary>
    private static readonly HashSet<string> ServerOwned = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "createdDateTime", "lastModifiedDateTime", "bodyLastModifiedDateTime", "hasAttachments",
    };

    /// <summary>Builds a new task from a POST body; linked resources and checklist items may come inline.</summary>
    public static string Create(JsonObject body, DateTimeOffset now)
    {
        var task = OutlookBody.Parse(body, TodoTask.CreateFromDiscriminatorValue, TypeName);
        task.Id = GraphIds.New();
        task.CreatedDateTime = now;
        task.LastModifiedDateTime = now;
        task.BodyLastModifiedDateTime = now;
        task.Title ??= string.Empty;
        task.Importance ??= Importance.Normal;
        task.Status ??= Microsoft.Graph.Models.TaskStatus.NotStarted;
        task.IsReminderOn ??= false;
        task.HasAttachments = false;
        task.Categories ??= [];
        task.Body ??= new ItemBody { Content = string.Empty, ContentType = BodyType.Text };
        foreach (var resource in task.LinkedResources ?? [])
        {
            resource.Id = Guid.NewGuid().ToString();
        }

        foreach (var item in task.ChecklistItems ?? [])
        {
            item.Id = Guid.NewGuid().ToString();
            TaskChildren.Complete(item, now);
        }

        return Normalize(task, now);
    }

    /// <summary>Applies a PATCH: every property sent replaces the stored one (null clears it).</summary>
    public static JsonObject Merge(JsonObject stored, JsonObject patch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.Select(p => p.Key).FirstOrDefault(TaskChildren.IsNavigation) is { } navigation)
        {
            throw GraphErrorException.BadRequest($"The navigation property '{navigation}' cannot be updated inline; use its own collection.", "invalidRequest");
        }

        foreach (var (name, value) in patch.Where(p => !ServerOwned.Contains(p.Key) && !p.Key.StartsWith('@')))
        {
            stored[name] = value?.DeepClone();
        }

        var task = OutlookBody.Parse(stored, TodoTask.CreateFromDiscriminatorValue, TypeName);
        if (patch.ContainsKey("body"))
        {
            task.BodyLastModifiedDateTime = now;
        }

        return JsonNode.Parse(Normalize(task, now))!.AsObject();
    }

    /// <summary>Marks a stored task changed (new etag, modification time) after a change to its linked items.</summary>
    public static JsonObject Touch(JsonObject stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return JsonNode.Parse(Normalize(OutlookBody.Parse(stored, TodoTask.CreateFromDiscriminatorValue, TypeName), now))!.AsObject();
    }

    private static string Normalize(TodoTask task, DateTimeOffset now)
    {
        task.LastModifiedDateTime = now;
        // To Do keeps only the day of a due or start date: midnight of that day in the zone it was
        // given in (microsoft-graph-docs#16991, msgraph-sdk-java#2278). A reminder keeps its time.
        task.DueDateTime = DayInUtc(task.DueDateTime, "dueDateTime");
        task.ReminderDateTime = InUtc(task.ReminderDateTime, "reminderDateTime");
        task.StartDateTime = DayInUtc(task.StartDateTime, "startDateTime");

        // To Do stamps completion itself and forgets it when a task is reopened.
        task.CompletedDateTime = task.Status == Microsoft.Graph.Models.TaskStatus.Completed
            ? InUtc(task.CompletedDateTime, "completedDateTime") ?? GraphTimeZones.FromInstant(now, GraphTimeZones.Utc)
            : null;
        task.AdditionalData[ETags.Annotation] = ETags.Weak(ETags.NewChangeKey());
        return GraphJson.Serialize(task);
    }

    private static DateTimeTimeZone? DayInUtc(DateTimeTimeZone? value, string property)
    {
        if (value is null)
        {
            return null;
        }

        var zone = value.TimeZone ?? GraphTimeZones.Utc;
        var day = GraphTimeZones.LocalTime(GraphTimeZones.ToInstant(value, property), zone).Date;
        return GraphTimeZones.FromInstant(GraphTimeZones.FromLocal(day, GraphTimeZones.Find(zone)), GraphTimeZones.Utc);
    }

    private static DateTimeTimeZone? InUtc(DateTimeTimeZone? value, string property) =>
        value is null ? null : GraphTimeZones.FromInstant(GraphTimeZones.ToInstant(value, property), GraphTimeZones.Utc);
}
