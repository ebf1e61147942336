using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Users;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Brings an existing To Do task in line with its follow-up. To Do's PATCH takes no If-Match, so
/// the write is fenced on our side: it is recorded on the link first (<see cref="TaskLink.Writing"/>,
/// ETag-guarded, so a writer whose reading is stale loses there), a change the user made in To
/// Do that no poll has brought in yet is taken in before it could be overwritten, and the
/// follow-up is read again before and after the PATCH: a write that may have landed over a newer
/// one is made again from the fresh follow-up. Costs one GET of the task per write.
/// </summary>
public sealed class TaskUpdates(GraphClients graph, FollowUpStore followUps, TaskLinkStore links, TaskChanges changes, TaskContents contents)
{
    private const int MaxAttempts = 10;

    /// <exception cref="TodoListGoneException">The list was deleted.</exception>
    public async Task UpdateAsync(UserKey user, TodoList list, TimeZoneInfo zone, StoredFollowUp stored, TaskLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(link);
        var client = graph.ForTenant(user.TenantId);
        var tasks = new TodoTasks(client);
        var taskId = link.TaskId!;
        var sent = new List<TaskSeen>();
        var force = false;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (attempt > 0)
            {
                if (await followUps.GetAsync(user, stored.FollowUp.Id, cancellationToken).ConfigureAwait(false) is not { } fresh ||
                    await links.GetAsync(user, stored.FollowUp.Id, cancellationToken).ConfigureAwait(false) is not { State: TaskLinkState.Linked } current ||
                    current.TaskId != taskId)
                {
                    // Gone, or no longer this task: whoever changed the link writes what it names.
                    return;
                }

                (stored, link) = (fresh, current);
            }

            // A write in flight that never recorded its end (a crash) is made again; so is one that may have landed stale.
            if (!force && link.Writing is null && contents.FingerprintOf(stored.FollowUp, zone) == link.Fingerprint)
            {
                return;
            }

            var content = await contents.ForAsync(user, zone, stored.FollowUp, cancellationToken).ConfigureAwait(false);
            var writing = content.Seen;
            if (await links.TrySaveAsync(user, link with { Writing = writing }, cancellationToken).ConfigureAwait(false) is not { } fenced)
            {
                continue;
            }

            var now = await tasks.SeenAsync(user.ObjectId, list.ListId, taskId, zone, cancellationToken).ConfigureAwait(false);
            if (now is null)
            {
                await GoneAsync(user, client, list, taskId, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (!IsOurs(now, [link.Known, link.Writing, writing, .. sent], zone))
            {
                // The user changed the task and no poll has seen it yet: taken in first, so the write
                // that follows says it too instead of undoing it.
                await changes.ApplyAsync(user, taskId, now, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!await UnchangedAsync(user, stored, cancellationToken).ConfigureAwait(false))
            {
                force = true;
                continue;
            }

            if (!await tasks.UpdateAsync(user.ObjectId, list.ListId, taskId, content, zone, cancellationToken).ConfigureAwait(false))
            {
                await GoneAsync(user, client, list, taskId, cancellationToken).ConfigureAwait(false);
                return;
            }

            sent.Add(writing);
            force = true;
            if (await UnchangedAsync(user, stored, cancellationToken).ConfigureAwait(false) &&
                await RecordAsync(user, fenced with { Known = writing, Writing = null, Fingerprint = content.Fingerprint }, zone, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new ConcurrencyExhaustedException($"Writing the task of follow-up {stored.FollowUp.Id} lost {MaxAttempts} races.");
    }

    private static bool IsOurs(TaskSeen now, IEnumerable<TaskSeen?> ours, TimeZoneInfo zone) => ours.Any(o => now.SameAs(o, zone));

    private async Task<bool> UnchangedAsync(UserKey user, StoredFollowUp stored, CancellationToken cancellationToken) =>
        (await followUps.GetAsync(user, stored.FollowUp.Id, cancellationToken).ConfigureAwait(false))?.ETag == stored.ETag;

    /// <summary>
    /// The write's end: what it wrote becomes what To Do changes are judged against. A save lost
    /// to a poll that only recorded our write coming back is made again; lost to another writer,
    /// ours may be the older write, so the caller writes once more.
    /// </summary>
    private async Task<bool> RecordAsync(UserKey user, TaskLink written, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var link = written;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await links.TrySaveAsync(user, link, cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }

            if (await links.GetAsync(user, written.FollowUpId, cancellationToken).ConfigureAwait(false) is not { State: TaskLinkState.Linked } current ||
                current.TaskId != written.TaskId || !written.Known.SameAs(current.Writing, zone))
            {
                return false;
            }

            link = link with { ETag = current.ETag };
        }

        return false;
    }

    private async Task GoneAsync(UserKey user, Microsoft.Graph.GraphServiceClient client, TodoList list, string taskId, CancellationToken cancellationToken)
    {
        if (!await new TodoLists(client).ExistsAsync(user.ObjectId, list.ListId, cancellationToken).ConfigureAwait(false))
        {
            throw new TodoListGoneException(list.ListId, deleted: true);
        }

        // The user deleted the task before its change reached us: the same as hearing of it.
        await changes.ApplyAsync(user, taskId, null, cancellationToken).ConfigureAwait(false);
    }
}
