using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Reads changes the user made in To Do with one tasks/delta round over the call-back list:
/// ticked off, unticked, due date moved, deleted (<c>@removed</c>). Polled, because Graph has
/// no app-only todoTask change notifications. Delta need not report a task created and deleted
/// between two rounds, so <see cref="ReconcileAsync"/> now and then compares the list with what
/// we linked.
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

    /// <summary>Every task we linked that is no longer in the list was deleted by the user, whether delta said so or not.</summary>
    public async Task ReconcileAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await lists.GetAsync(user, cancellationToken).ConfigureAwait(false) is not { } list)
        {
            return;
        }

        // Links first: a link says Linked only once its task exists, so a task created after this
        // read cannot look deleted.
        var linked = (await links.ListAsync(user, cancellationToken).ConfigureAwait(false))
            .Where(l => l is { State: TaskLinkState.Linked, TaskId: not null } && l.ListId == list.ListId)
            .ToList();
        if (linked.Count == 0)
        {
            return;
        }

        var present = await new TodoTasks(graph.ForTenant(user.TenantId)).IdsAsync(user.ObjectId, list.ListId, cancellationToken).ConfigureAwait(false);
        if (present is null)
        {
            await ReplaceListAsync(user, list.ListId, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var gone in linked.Where(l => !present.Contains(l.TaskId!)))
        {
            await changes.ApplyAsync(user, gone.TaskId!, null, cancellationToken).ConfigureAwait(false);
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
