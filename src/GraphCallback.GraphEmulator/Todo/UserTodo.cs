using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;
using GraphCallback.GraphEmulator.Platform.Delta;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>
/// One user's To Do: task lists (the default "Tasks" list and "Flagged Emails" always exist) and
/// each list's tasks, stored as Graph JSON with their linked resources and checklist items inline.
/// Every task change is published under the list's tasks collection, the resource a todoTask
/// subscription names.
/// </summary>
public sealed class UserTodo
{
    private readonly VersionedSet<string> _lists = new();
    private readonly ConcurrentDictionary<string, VersionedSet<string>> _tasks = new(StringComparer.Ordinal);
    private readonly ChangeFeed _changes;
    private readonly TimeProvider _clock;

    public UserTodo(EmulatedUser owner, ChangeFeed changes, TimeProvider clock)
    {
        Owner = owner;
        _changes = changes;
        _clock = clock;
        AddList("Tasks", WellknownListName.DefaultList);
        AddList("Flagged Emails", WellknownListName.FlaggedEmails);
    }

    public EmulatedUser Owner { get; }

    public IReadOnlyList<TodoTaskList> Lists => _lists.Items.Select(ToList).ToList();

    public TodoTaskList List(string listId) => _lists.Get(listId) is { } json ? ToList(json) : throw NotFound();

    public TodoTaskList AddList(string displayName, WellknownListName wellKnown)
    {
        var list = new TodoTaskList
        {
            Id = GraphIds.New(),
            DisplayName = displayName,
            IsOwner = true,
            IsShared = false,
            WellknownListName = wellKnown,
        };
        list.AdditionalData[ETags.Annotation] = ETags.Weak(ETags.NewChangeKey());
        _tasks[list.Id] = new VersionedSet<string>();
        _lists.Upsert(list.Id, GraphJson.Serialize(list));
        return list;
    }

    public TodoTaskList RenameList(string listId, string displayName)
    {
        var json = _lists.Update(listId, stored =>
        {
            var list = ToList(stored);
            list.DisplayName = displayName;
            list.AdditionalData[ETags.Annotation] = ETags.Weak(ETags.NewChangeKey());
            return GraphJson.Serialize(list);
        });
        return json is null ? throw NotFound() : ToList(json);
    }

    /// <summary>Deletes a list the user created; well-known lists cannot be deleted, as in To Do.</summary>
    public void DeleteList(string listId)
    {
        if (List(listId).WellknownListName is not WellknownListName.None)
        {
            throw GraphErrorException.BadRequest("A well-known list cannot be deleted.", "invalidRequest");
        }

        var tasks = Tasks(listId);
        _lists.Remove(listId);
        _tasks.TryRemove(listId, out _);
        foreach (var task in tasks.Items)
        {
            Publish(listId, TaskId(task), ChangeKind.Deleted);
        }
    }

    /// <summary>The list's tasks as stored JSON, the set its delta query reads.</summary>
    public VersionedSet<string> Tasks(string listId) =>
        _lists.Get(listId) is not null && _tasks.TryGetValue(listId, out var tasks) ? tasks : throw NotFound();

    public string Task(string listId, string taskId) => Tasks(listId).Get(taskId) ?? throw NotFound();

    public string AddTask(string listId, JsonObject body)
    {
        var tasks = Tasks(listId);
        var json = TaskDocument.Create(body, _clock.GetUtcNow());
        var id = TaskId(json);
        tasks.Upsert(id, json);
        Publish(listId, id, ChangeKind.Created);
        return json;
    }

    /// <summary>Changes a task through a function of its stored JSON (which may throw a Graph error); publishes the update.</summary>
    public string UpdateTask(string listId, string taskId, Func<JsonObject, DateTimeOffset, JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = _clock.GetUtcNow();
        var json = Tasks(listId).Update(taskId, stored => change(JsonNode.Parse(stored)!.AsObject(), now).ToJsonString()) ?? throw NotFound();
        Publish(listId, taskId, ChangeKind.Updated);
        return json;
    }

    public void DeleteTask(string listId, string taskId)
    {
        _ = Tasks(listId).Remove(taskId) ?? throw NotFound();
        Publish(listId, taskId, ChangeKind.Deleted);
    }

    internal static GraphErrorException NotFound() => GraphErrorException.NotFound("The specified object was not found in the store.");

    private static TodoTaskList ToList(string json) => GraphJson.Parse(json, TodoTaskList.CreateFromDiscriminatorValue);

    private static string TaskId(string json) => JsonNode.Parse(json)!["id"]!.GetValue<string>();

    private void Publish(string listId, string taskId, ChangeKind kind) =>
        _changes.Publish(new ChangeNotice(
            Owner.TenantId,
            $"users/{Owner.Id}/todo/lists/{listId}/tasks",
            kind,
            taskId,
            "#Microsoft.Graph.todoTask",
            $"Users/{Owner.Id}/todo/lists/{listId}/tasks/{taskId}"));
}
