using System.Net;
using GraphCallback.Core.Tasks;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GraphCallback.Graph.Tasks;

/// <summary>Follow-up tasks in a To Do list: create with the voicemail linked inline, find by externalId, read what one says, update, delete.</summary>
public sealed class TodoTasks(GraphServiceClient graph)
{
    /// <summary>The linkedResource's application name, shown by To Do beside the link.</summary>
    public const string ApplicationName = "GraphCallback";

    /// <summary>
    /// Creates the task and its link to the voicemail in one request. The SDK would retry a 503 or
    /// 504, which may come after Graph stored the task and so make a second one: only 429 (not
    /// processed, by definition) is retried here; any other failure goes back to the caller, whose
    /// retry looks the task up by externalId first.
    /// </summary>
    public async Task<string> CreateAsync(string userId, string listId, TaskContent content, TimeZoneInfo zone, string externalId, Uri? webLink, CancellationToken cancellationToken = default)
    {
        var task = TaskWrite.Model(content, zone);
        task.LinkedResources =
        [
            new LinkedResource
            {
                ApplicationName = ApplicationName,
                DisplayName = webLink is null ? "Follow-up" : "Voicemail",
                ExternalId = externalId,
                WebUrl = webLink?.ToString(),
            },
        ];
        var created = await graph.Users[userId].Todo.Lists[listId].Tasks.PostAsync(
            task,
            request => request.Options.Add(new RetryHandlerOption { ShouldRetry = (_, _, response) => response.StatusCode == HttpStatusCode.TooManyRequests }),
            cancellationToken).ConfigureAwait(false);
        return created?.Id ?? throw new InvalidDataException("Graph created a task without an id.");
    }

    /// <summary>
    /// The id of the list's task linked to <paramref name="externalId"/>, if any. Graph cannot
    /// filter tasks on their linked resources, so this reads the list's tasks with them expanded;
    /// it runs only when a create may have happened unrecorded.
    /// </summary>
    public async Task<string?> FindByExternalIdAsync(string userId, string listId, string externalId, CancellationToken cancellationToken = default)
    {
        var tasks = graph.Users[userId].Todo.Lists[listId].Tasks;
        var page = await tasks.GetAsync(request => request.QueryParameters.Expand = ["linkedResources"], cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            if ((page.Value ?? []).FirstOrDefault(t => (t.LinkedResources ?? []).Any(r => r.ExternalId == externalId)) is { Id: { } id })
            {
                return id;
            }

            page = page.OdataNextLink is { } next ? await tasks.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
        }

        return null;
    }

    /// <returns>False when the task no longer exists (deleted in To Do, or its list was).</returns>
    public async Task<bool> UpdateAsync(string userId, string listId, string taskId, TaskContent content, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        try
        {
            await graph.Users[userId].Todo.Lists[listId].Tasks[taskId].PatchAsync(TaskWrite.Model(content, zone), cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return false;
        }
    }

    /// <summary>What the task says now (completion and due), or null when it no longer exists.</summary>
    public async Task<TaskSeen?> SeenAsync(string userId, string listId, string taskId, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        try
        {
            var task = await graph.Users[userId].Todo.Lists[listId].Tasks[taskId].GetAsync(request => request.QueryParameters.Select = ["status", "dueDateTime"], cancellationToken).ConfigureAwait(false);
            return task is null ? null : TaskWrite.Seen(task, zone);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>Deletes the task; one already gone is no error.</summary>
    public async Task DeleteAsync(string userId, string listId, string taskId, CancellationToken cancellationToken = default)
    {
        try
        {
            await graph.Users[userId].Todo.Lists[listId].Tasks[taskId].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
        }
    }

    /// <summary>The ids of every task in the list, or null when the list no longer exists.</summary>
    public async Task<IReadOnlySet<string>?> IdsAsync(string userId, string listId, CancellationToken cancellationToken = default)
    {
        var tasks = graph.Users[userId].Todo.Lists[listId].Tasks;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var page = await tasks.GetAsync(request => request.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                ids.UnionWith((page.Value ?? []).Select(t => t.Id).OfType<string>());
                page = page.OdataNextLink is { } next ? await tasks.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
            }
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }

        return ids;
    }
}
