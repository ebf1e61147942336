using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Failures;
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
/// we linked. A change that fails to apply is marked and the round goes on, its delta link saved:
/// the reconcile applies it again from what its task says then, so nothing is lost.
/// </summary>
public sealed class TaskCatchUp(
    GraphClients graph,
    TodoListStore lists,
    TaskLinkStore links,
    TaskChanges changes,
    TodoSetup setup,
    TaskSync sync,
    FailingItems failures,
    UserContexts contexts)
{
    /// <summary>The work failing changes are marked under, each by user and task.</summary>
    public const string FailedChanges = "TaskChanges";

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

        if (round.Changes.Count > 0)
        {
            var marked = await failures.MarkedAsync(FailedChanges, ItemPrefix(user), cancellationToken).ConfigureAwait(false);
            foreach (var change in round.Changes)
            {
                var item = ItemPrefix(user) + change.TaskId;
                await failures.TryAsync(FailedChanges, item, marked.ContainsKey(item), ct => changes.ApplyAsync(user, change.TaskId, change.Seen, ct), cancellationToken).ConfigureAwait(false);
            }
        }

        await lists.SetDeltaLinkAsync(user, list.ListId, round.DeltaLink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every task we linked that is no longer in the list was deleted by the user, whether delta
    /// said so or not; a change that failed to apply is applied again from what its task says now.
    /// </summary>
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
        var failed = (await failures.MarkedAsync(FailedChanges, ItemPrefix(user), cancellationToken).ConfigureAwait(false)).Values
            .Where(failures.IsDue)
            .ToList();
        if (linked.Count == 0 && failed.Count == 0)
        {
            return;
        }

        var tasks = new TodoTasks(graph.ForTenant(user.TenantId));
        var present = await tasks.IdsAsync(user.ObjectId, list.ListId, cancellationToken).ConfigureAwait(false);
        if (present is null)
        {
            await ReplaceListAsync(user, list.ListId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var zone = failed.Count > 0 ? await ZoneAsync(user, cancellationToken).ConfigureAwait(false) : TimeZoneInfo.Utc;
        var retried = failed.Select(m => m.Item[ItemPrefix(user).Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var taskId in retried)
        {
            await failures.TryAsync(
                FailedChanges,
                ItemPrefix(user) + taskId,
                marked: true,
                async ct => await changes.ApplyAsync(
                    user, taskId, present.Contains(taskId) ? await tasks.SeenAsync(user.ObjectId, list.ListId, taskId, zone, ct).ConfigureAwait(false) : null, ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var gone in linked.Where(l => !present.Contains(l.TaskId!) && !retried.Contains(l.TaskId!)))
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

    private static string ItemPrefix(UserKey user) => user.PartitionKey + "/";

    private async Task<TimeZoneInfo> ZoneAsync(UserKey user, CancellationToken cancellationToken) =>
        (await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false)).TimeZone;
}
