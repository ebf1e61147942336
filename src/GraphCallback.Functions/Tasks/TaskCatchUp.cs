using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Reads changes the user made in To Do. A todoTask notification names a task but not what
/// changed: an update is read with one tasks/delta round over the list (which also picks up any
/// change whose notification was lost, as the catch-up timer does); a deletion is checked on the
/// task itself, since delta need not report a task created and deleted between two rounds.
/// </summary>
public sealed class TaskCatchUp(
    GraphClients graph,
    TodoListStore lists,
    TaskLinkStore links,
    TaskChanges changes,
    TodoSetup setup,
    TaskSync sync,
    UserContexts contexts)
{
    /// <param name="user">Whose list notified.</param>
    /// <param name="changeType">created, updated or deleted.</param>
    /// <param name="taskId">The task named by the notification.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task OnNotificationAsync(UserKey user, string? changeType, string? taskId, CancellationToken cancellationToken)
    {
        switch (changeType)
        {
            case "created":
                // Tasks are created by us; the user's own edits and deletions are what matters.
                return;
            case "deleted" when taskId is not null:
                await OnDeletedAsync(user, taskId, cancellationToken).ConfigureAwait(false);
                return;
            default:
                await RunAsync(user, cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>One tasks/delta round over the user's list: every task changed since the last round is taken in.</summary>
    public async Task RunAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await lists.GetAsync(user, cancellationToken).ConfigureAwait(false) is not { } list)
        {
            return;
        }

        var zone = await ZoneAsync(user, cancellationToken).ConfigureAwait(false);
        var round = await new TaskDelta(graph.ForTenant(user.TenantId)).ReadAsync(user.ObjectId, list.ListId, list.DeltaLink, zone, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            await ReplaceListAsync(user, list.ListId, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var change in round.Changes)
        {
            await changes.ApplyAsync(user, change.TaskId, change.Seen, cancellationToken).ConfigureAwait(false);
        }

        await lists.SetDeltaLinkAsync(user, list.ListId, round.DeltaLink, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnDeletedAsync(UserKey user, string taskId, CancellationToken cancellationToken)
    {
        if (await links.FindByTaskIdAsync(user, taskId, cancellationToken).ConfigureAwait(false) is not { State: TaskLinkState.Linked } link)
        {
            return;
        }

        var client = graph.ForTenant(user.TenantId);
        var zone = await ZoneAsync(user, cancellationToken).ConfigureAwait(false);
        if (await new TodoTasks(client).GetAsync(user.ObjectId, link.ListId, taskId, zone, cancellationToken).ConfigureAwait(false) is { } seen)
        {
            // Still there (a stale or reordered notification): take in what it says now.
            await changes.ApplyAsync(user, taskId, seen, cancellationToken).ConfigureAwait(false);
        }
        else if (await new TodoLists(client).ExistsAsync(user.ObjectId, link.ListId, cancellationToken).ConfigureAwait(false))
        {
            await changes.ApplyAsync(user, taskId, null, cancellationToken).ConfigureAwait(false);
        }
        else if (await lists.GetAsync(user, cancellationToken).ConfigureAwait(false) is { } current && current.ListId == link.ListId)
        {
            await ReplaceListAsync(user, link.ListId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The user deleted the whole list: that is not a dismissal of every call, so the tasks go back in a new list.</summary>
    private async Task ReplaceListAsync(UserKey user, string listId, CancellationToken cancellationToken)
    {
        using var activity = FunctionTelemetry.Source.StartActivity("ReplaceTodoList");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        await setup.ForgetAsync(user, listId, cancellationToken).ConfigureAwait(false);
        await sync.SyncAsync(user, [], cancellationToken).ConfigureAwait(false);
    }

    private async Task<TimeZoneInfo> ZoneAsync(UserKey user, CancellationToken cancellationToken) =>
        (await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false)).TimeZone;
}
