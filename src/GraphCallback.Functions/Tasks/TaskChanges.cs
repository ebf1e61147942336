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
/// call-back block reflect it. Our own write coming back (the link's <see cref="TaskLink.Writing"/>)
/// is only recorded. Safe to run twice for the same change.
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
        using var activity = FunctionTelemetry.Source.StartActivity("ApplyTaskChange");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        FollowUpId? changed = null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Both read afresh each time: a judgement against a link another writer has since moved on is not made.
            var link = await links.FindByTaskIdAsync(user, taskId, cancellationToken).ConfigureAwait(false);
            if (link is not { State: TaskLinkState.Linked } || await followUps.GetAsync(user, link.FollowUpId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                await FinishAsync(user, changed, activity, cancellationToken).ConfigureAwait(false);
                return;
            }

            activity?.SetTag("graphcallback.followup", link.FollowUpId.ToString());
            var zone = (await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false)).TimeZone;
            if (seen is null || !seen.SameAs(link.Writing, zone))
            {
                if (await ChangeAsync(user, stored, link, seen, zone, cancellationToken).ConfigureAwait(false) is not { } outcome)
                {
                    continue;
                }

                changed = outcome ? link.FollowUpId : changed;
            }

            // A lost save means the link moved on: judge again against it (a change already made is not made twice).
            if (await links.TrySaveAsync(user, seen is null ? link with { State = TaskLinkState.Deleted } : link with { Known = seen }, cancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            await FinishAsync(user, changed, activity, cancellationToken).ConfigureAwait(false);
            return;
        }

        throw new ConcurrencyExhaustedException($"Applying a To Do change of task {taskId} lost {MaxAttempts} races.");
    }

    /// <summary>A follow-up the change changed is synced, so its task and the call-back block follow.</summary>
    private async Task FinishAsync(UserKey user, FollowUpId? changed, System.Diagnostics.Activity? activity, CancellationToken cancellationToken)
    {
        activity?.SetTag("graphcallback.changed", changed is not null);
        if (changed is { } id)
        {
            await sync.RequestAsync(user, [id], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>Whether the follow-up changed; null when another write to it came first.</returns>
    private async Task<bool?> ChangeAsync(UserKey user, StoredFollowUp stored, TaskLink link, TaskSeen? seen, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reopenedDeadline = TaskFeedback.Reopens(stored.FollowUp, link.Known, seen)
            ? (await contexts.PolicyAsync(user, cancellationToken).ConfigureAwait(false)).DeadlineFor(now)
            : null;
        if (!TaskFeedback.Apply(stored.FollowUp, link.Known, seen, now, zone, reopenedDeadline))
        {
            return false;
        }

        return await followUps.TryReplaceAsync(user, stored.FollowUp, stored.ETag, cancellationToken).ConfigureAwait(false) ? true : null;
    }
}
