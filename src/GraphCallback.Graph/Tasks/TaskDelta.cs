using GraphCallback.Core.Tasks;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Todo.Lists.Item.Tasks.Delta;

namespace GraphCallback.Graph.Tasks;

/// <summary>
/// Reads what changed in a To Do list with tasks/delta: from a stored link after a notification
/// or on the catch-up timer, or from the start when there is no link or Graph forgot it.
/// </summary>
public sealed class TaskDelta(GraphServiceClient graph)
{
    /// <param name="userId">The list's owner.</param>
    /// <param name="listId">The list.</param>
    /// <param name="deltaLink">Where the last round ended; null starts over (every task is reported).</param>
    /// <param name="zone">The zone for times that come without one Graph knows.</param>
    /// <param name="cancellationToken">Cancels the round.</param>
    /// <returns>The changes, or null when the list no longer exists.</returns>
    public async Task<TaskDeltaRound?> ReadAsync(string userId, string listId, string? deltaLink, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var delta = graph.Users[userId].Todo.Lists[listId].Tasks.Delta;
        try
        {
            DeltaGetResponse? page;
            try
            {
                page = deltaLink is null
                    ? await delta.GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                    : await delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError error) when (deltaLink is not null && (error.ResponseStatusCode == 410 || error.Error?.Code == "syncStateNotFound"))
            {
                // Graph forgot the sync state: start over; every change is judged against the task as last known, so replays are harmless.
                page = await delta.GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var changes = new List<TaskChange>();
            string? next = null;
            while (page is not null)
            {
                changes.AddRange((page.Value ?? []).Where(t => t.Id is not null).Select(t =>
                    new TaskChange(t.Id!, t.AdditionalData?.ContainsKey("@removed") == true ? null : TaskWrite.Seen(t, zone))));
                next = page.OdataDeltaLink ?? next;
                page = page.OdataNextLink is { } more ? await delta.WithUrl(more).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
            }

            return new TaskDeltaRound(changes, next ?? throw new InvalidDataException("A delta round ended without a deltaLink."));
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }
}

/// <summary>One task reported by a delta round.</summary>
/// <param name="TaskId">The task's Graph id.</param>
/// <param name="Seen">What it says now; null when it was removed.</param>
public sealed record TaskChange(string TaskId, TaskSeen? Seen);

/// <summary>The changes of one delta round and the link the next starts from.</summary>
public sealed record TaskDeltaRound(IReadOnlyList<TaskChange> Changes, string DeltaLink);
