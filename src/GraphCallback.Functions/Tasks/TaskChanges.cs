using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Takes a change the user made to a task in To Do into its follow-up (<see cref="TaskFeedback"/>
/// decides), then records what the task now says and asks for a sync so the task and the
/// call-back block reflect it. Safe to run twice for the same change.
/// </summary>
public sealed class TaskChanges(
    FollowUpStore followUps, TaskLinkStore links, SyncRequests sync, UserContexts contexts, TimeProvider time)
{
    private const int MaxAttempts = 10;

    /// <param name="user">The task's owner.</param>
    /// <param name="taskId">The changed task.</param>
    /// <param name="seen">What it says now; null when it was deleted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task ApplyAsync(UserKey user, string taskId, TaskSeen? seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await links.FindByTaskIdAsync(user, taskId, cancellationToken).ConfigureAwait(false);
        if (link is null || link.State != TaskLinkState.Linked)
        {
            return;
        }

        using var activity = FunctionTelemetry.Source.StartActivity("ApplyTaskChange");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        activity?.SetTag("graphcallback.followup", link.FollowUpId.ToString());
        var changed = await ChangeFollowUpAsync(user, link, seen, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("graphcallback.changed", changed);
        await RecordAsync(user, link, seen, cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            await sync.RequestAsync(user, [link.FollowUpId], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> ChangeFollowUpAsync(UserKey user, TaskLink link, TaskSeen? seen, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await followUps.GetAsync(user, link.FollowUpId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return false;
            }

            var now = time.GetUtcNow();
            var reopenedDeadline = TaskFeedback.Reopens(stored.FollowUp, link.Known, seen)
                ? (await contexts.PolicyAsync(user, cancellationToken).ConfigureAwait(false)).DeadlineFor(now)
                : null;
            var zone = (await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false)).TimeZone;
            if (!TaskFeedback.Apply(stored.FollowUp, link.Known, seen, now, zone, reopenedDeadline))
            {
                return false;
            }

            if (await followUps.TryReplaceAsync(user, stored.FollowUp, stored.ETag, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        throw new ConcurrencyExhaustedException($"Applying a To Do change to follow-up {link.FollowUpId} lost {MaxAttempts} races.");
    }

    /// <summary>What the task says becomes what later changes are judged against; a deleted task is never written again.</summary>
    private async Task RecordAsync(UserKey user, TaskLink link, TaskSeen? seen, CancellationToken cancellationToken)
    {
        var current = link;
        for (var attempt = 0; attempt < MaxAttempts && current is { State: TaskLinkState.Linked } && current.TaskId == link.TaskId; attempt++)
        {
            var updated = seen is null ? current with { State = TaskLinkState.Deleted } : current with { Known = seen };
            if (await links.TrySaveAsync(user, updated, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }

            current = await links.GetAsync(user, link.FollowUpId, cancellationToken).ConfigureAwait(false);
        }
    }
}
