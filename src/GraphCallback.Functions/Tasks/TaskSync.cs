using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// The To Do side of the <c>sync</c> queue: every changed follow-up gets its task created or
/// brought up to date in the user's call-back list. If the user deleted the list, a new one is
/// made and every waiting follow-up's task put back. One follow-up whose write fails is marked
/// and the others are written; the sync then fails, so its message is retried, while the
/// call-back plan after it still runs (<see cref="ProcessSync"/>), and the catch-up's full sync
/// writes it again should the retries run out (closed ones too, as they are marked).
/// </summary>
public sealed class TaskSync(
    FollowUpStore followUps,
    TaskLinkStore links,
    TodoSetup setup,
    TaskWriter writer,
    FailingItems failures,
    UserContexts contexts) : IFollowUpSync
{
    /// <summary>The work failing task writes are marked under, each by user and follow-up.</summary>
    public const string FailedWrites = "TaskSync";

    public async Task SyncAsync(UserKey user, IReadOnlyList<FollowUpId> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(changed);
        try
        {
            await WriteAsync(user, changed, cancellationToken).ConfigureAwait(false);
        }
        catch (TodoListGoneException gone) when (gone.ListId is not null)
        {
            await setup.ForgetAsync(user, gone.ListId, cancellationToken).ConfigureAwait(false);
            await WriteAsync(user, [], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(UserKey user, IReadOnlyList<FollowUpId> changed, CancellationToken cancellationToken)
    {
        var marked = await failures.MarkedAsync(FailedWrites, ItemPrefix(user), cancellationToken).ConfigureAwait(false);
        var ids = changed.Count > 0 ? changed : await AllAsync(user, marked.Keys, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return;
        }

        var list = await setup.EnsureAsync(user, cancellationToken).ConfigureAwait(false);
        var zone = (await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false)).TimeZone;
        var failed = 0;
        foreach (var id in ids)
        {
            // A deleted list is every write's failure: it is handled once, above, not marked per task.
            var item = ItemPrefix(user) + id;
            if (!await failures.TryAsync(
                FailedWrites, item, marked.ContainsKey(item), ct => writer.WriteAsync(user, list, zone, id, ct), cancellationToken, e => e is TodoListGoneException).ConfigureAwait(false))
            {
                failed++;
            }
        }

        // The others are written; the message is still retried (with the queue's backoff) for the ones that failed.
        if (failed > 0)
        {
            throw new SyncIncompleteException($"{failed} of {ids.Count} task writes failed; they are marked and tried again.");
        }
    }

    /// <summary>Everything that may need a task written: the waiting follow-ups, creates claimed but not finished, and writes that failed.</summary>
    private async Task<IReadOnlyList<FollowUpId>> AllAsync(UserKey user, IEnumerable<string> failed, CancellationToken cancellationToken)
    {
        var pending = await followUps.ListAsync(user, pendingOnly: true, cancellationToken).ConfigureAwait(false);
        var linked = await links.ListAsync(user, cancellationToken).ConfigureAwait(false);
        return [.. pending.Select(f => f.Id)
            .Concat(linked.Where(l => l.State == TaskLinkState.Claimed).Select(l => l.FollowUpId))
            .Concat(failed.Select(item => FollowUpId.Parse(item[ItemPrefix(user).Length..])))
            .Distinct()];
    }

    private static string ItemPrefix(UserKey user) => user.PartitionKey + "/";
}
