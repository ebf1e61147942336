using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Users;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Brings one follow-up's To Do task in line with the follow-up. A new task is created in one
/// Graph request; before that a claim is stored, so a retry after a crash between Graph's write
/// and ours looks the task up by its externalId (the follow-up id) instead of creating another.
/// Two creators can still both reach Graph (a claim taken over while its creator's request was
/// slow): the first to record its task keeps it, the other deletes its own. An existing task is
/// written by <see cref="TaskUpdates"/>.
/// </summary>
public sealed partial class TaskWriter(
    GraphClients graph,
    FollowUpStore followUps,
    TaskLinkStore links,
    TaskUpdates updates,
    TaskContents contents,
    TimeProvider time,
    ILogger<TaskWriter> logger)
{
    /// <summary>
    /// How long a claim without a task found for it is left to its claimant, who may be creating
    /// the task right now; after that the create is taken to have failed and is made again.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    private const int MaxAttempts = 10;

    /// <exception cref="TodoListGoneException">The list was deleted.</exception>
    public async Task WriteAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUpId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(list);
        if (await followUps.GetAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return;
        }

        var link = await links.GetAsync(user, id, cancellationToken).ConfigureAwait(false);
        if (link is null || link.State == TaskLinkState.Deleted || link.ListId != list.ListId)
        {
            // Only follow-ups still waiting get a task; one closed before its task was made needs none.
            if (stored.FollowUp.IsPending)
            {
                await ClaimAndCreateAsync(user, list, zone, stored.FollowUp, link, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (link.State == TaskLinkState.Claimed)
        {
            await FinishClaimAsync(user, list, zone, stored, link, cancellationToken).ConfigureAwait(false);
            return;
        }

        await updates.UpdateAsync(user, list, zone, stored, link, cancellationToken).ConfigureAwait(false);
    }

    private async Task ClaimAndCreateAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUp followUp, TaskLink? previous, CancellationToken cancellationToken)
    {
        // The content first: free/busy and its 429 retries take their time before the claim's lease runs, not within it.
        var content = await contents.ForAsync(user, zone, followUp, cancellationToken).ConfigureAwait(false);

        // Known from the start: a task adopted after a crash is judged against the due it was created with.
        var claim = new TaskLink(followUp.Id, TaskLinkState.Claimed, list.ListId, null, time.GetUtcNow(), null, new TaskSeen(false, followUp.Sla.DueAt), previous?.ETag ?? default);
        if (await links.TrySaveAsync(user, claim, cancellationToken).ConfigureAwait(false) is { } claimed)
        {
            await CreateAsync(user, list, zone, followUp, claimed, content, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FinishClaimAsync(UserKey user, TodoList list, TimeZoneInfo zone, StoredFollowUp stored, TaskLink claim, CancellationToken cancellationToken)
    {
        var followUp = stored.FollowUp;
        var tasks = new TodoTasks(graph.ForTenant(user.TenantId));
        if (await tasks.FindByExternalIdAsync(user.ObjectId, list.ListId, followUp.Id.ToString(), cancellationToken).ConfigureAwait(false) is { } taskId)
        {
            // Created before, not recorded: adopt it, and write it once so it says what it should now.
            if (await links.TrySaveAsync(user, claim with { State = TaskLinkState.Linked, TaskId = taskId }, cancellationToken).ConfigureAwait(false) is { } adopted)
            {
                LogAdopted(logger, user.PartitionKey);
                await updates.UpdateAsync(user, list, zone, stored, adopted, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (time.GetUtcNow() - claim.ClaimedAt < ClaimLease)
        {
            // Its claimant may still be creating it; the next sync of this user finishes the work.
            return;
        }

        if (!followUp.IsPending)
        {
            // Nobody will make this task now: the claim goes, so the catch-up stops looking for it.
            await links.TryDeleteAsync(user, claim, cancellationToken).ConfigureAwait(false);
            return;
        }

        var content = await contents.ForAsync(user, zone, followUp, cancellationToken).ConfigureAwait(false);

        // Taking the claim over renews it against the row as read, after the slow part: of two who
        // found it expired, only one gets to create.
        if (await links.TrySaveAsync(user, claim with { ClaimedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false) is { } renewed)
        {
            await CreateAsync(user, list, zone, followUp, renewed, content, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CreateAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUp followUp, TaskLink claim, TaskContent content, CancellationToken cancellationToken)
    {
        var webLink = followUp.Calls.LastOrDefault(c => c.Link is not null)?.Link;
        var tasks = new TodoTasks(graph.ForTenant(user.TenantId));
        string taskId;
        try
        {
            taskId = await tasks.CreateAsync(user.ObjectId, list.ListId, content, zone, followUp.Id.ToString(), webLink, cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            throw new TodoListGoneException(list.ListId, deleted: true);
        }

        var link = claim with { State = TaskLinkState.Linked, TaskId = taskId, Fingerprint = content.Fingerprint, Known = content.Seen };
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await links.TrySaveAsync(user, link, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }

            var current = await links.GetAsync(user, followUp.Id, cancellationToken).ConfigureAwait(false);
            if (current is { State: TaskLinkState.Linked } && current.TaskId == taskId)
            {
                return;
            }

            if (current is not { State: TaskLinkState.Claimed } || current.ListId != list.ListId)
            {
                // Another creator's task was recorded first, or the claim was given up: this one is the extra.
                await tasks.DeleteAsync(user.ObjectId, list.ListId, taskId, cancellationToken).ConfigureAwait(false);
                LogDuplicateDeleted(logger, user.PartitionKey);
                return;
            }

            // Still only claimed (its other creator has not recorded a task): ours is the one.
            link = link with { ETag = current.ETag };
        }

        throw new ConcurrencyExhaustedException($"Recording the task created for follow-up {followUp.Id} lost {MaxAttempts} races.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Adopted a To Do task created before a crash for a follow-up of {User}")]
    private static partial void LogAdopted(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted a second To Do task made for a follow-up of {User} by a create whose claim was taken over")]
    private static partial void LogDuplicateDeleted(ILogger logger, string user);
}
