using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;
using GraphCallback.Core.Users;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Brings one follow-up's To Do task in line with the follow-up. A new task is created in one
/// Graph request; before that a claim is stored, so a retry after a crash between Graph's write
/// and ours looks the task up by its externalId (the follow-up id) instead of creating another.
/// An existing task is written only when what it should say changed (its fingerprint).
/// </summary>
public sealed partial class TaskWriter(
    GraphClients graph,
    FollowUpStore followUps,
    TaskLinkStore links,
    TaskChanges changes,
    TaskAvailability availability,
    TimeProvider time,
    IOptions<TaskOptions> options,
    ILogger<TaskWriter> logger)
{
    /// <summary>
    /// How long a claim without a task found for it is left to its claimant, who may be creating
    /// the task right now; after that the create is taken to have failed and is made again.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <exception cref="TodoListGoneException">The list was deleted.</exception>
    public async Task WriteAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUpId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(list);
        if (await followUps.GetAsync(user, id, cancellationToken).ConfigureAwait(false) is not { FollowUp: var followUp })
        {
            return;
        }

        var link = await links.GetAsync(user, id, cancellationToken).ConfigureAwait(false);
        if (link is null || link.State == TaskLinkState.Deleted || link.ListId != list.ListId)
        {
            // Only follow-ups still waiting get a task; one closed before its task was made needs none.
            if (followUp.IsPending)
            {
                await ClaimAndCreateAsync(user, list, zone, followUp, link, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (link.State == TaskLinkState.Claimed)
        {
            await FinishClaimAsync(user, list, zone, followUp, link, cancellationToken).ConfigureAwait(false);
            return;
        }

        await UpdateAsync(user, list, zone, followUp, link, cancellationToken).ConfigureAwait(false);
    }

    private async Task ClaimAndCreateAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUp followUp, TaskLink? previous, CancellationToken cancellationToken)
    {
        // Known from the start: a task adopted after a crash is judged against the due it was created with.
        var claim = new TaskLink(followUp.Id, TaskLinkState.Claimed, list.ListId, null, time.GetUtcNow(), null, new TaskSeen(false, followUp.Sla.DueAt), previous?.ETag ?? default);
        if (await links.TrySaveAsync(user, claim, cancellationToken).ConfigureAwait(false) is { } claimed)
        {
            await CreateAsync(user, list, zone, followUp, claimed, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FinishClaimAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUp followUp, TaskLink claim, CancellationToken cancellationToken)
    {
        var tasks = new TodoTasks(graph.ForTenant(user.TenantId));
        if (await tasks.FindByExternalIdAsync(user.ObjectId, list.ListId, followUp.Id.ToString(), cancellationToken).ConfigureAwait(false) is { } taskId)
        {
            // Created before, not recorded: adopt it, and write it once so it says what it should now.
            if (await links.TrySaveAsync(user, claim with { State = TaskLinkState.Linked, TaskId = taskId }, cancellationToken).ConfigureAwait(false) is { } adopted)
            {
                LogAdopted(logger, user.PartitionKey);
                await UpdateAsync(user, list, zone, followUp, adopted, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (time.GetUtcNow() - claim.ClaimedAt < ClaimLease || !followUp.IsPending)
        {
            // Its claimant may still be creating it; the next sync of this user finishes the work.
            return;
        }

        if (await links.TrySaveAsync(user, claim with { ClaimedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false) is { } reclaimed)
        {
            await CreateAsync(user, list, zone, followUp, reclaimed, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CreateAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUp followUp, TaskLink claim, CancellationToken cancellationToken)
    {
        var content = await ContentAsync(user, zone, followUp, cancellationToken).ConfigureAwait(false);
        var webLink = followUp.Calls.LastOrDefault(c => c.Link is not null)?.Link;
        string taskId;
        try
        {
            taskId = await new TodoTasks(graph.ForTenant(user.TenantId))
                .CreateAsync(user.ObjectId, list.ListId, content, zone, followUp.Id.ToString(), webLink, cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            throw new TodoListGoneException(list.ListId, deleted: true);
        }

        // A lost race here means another writer changed the link; the task exists and is found by its externalId next time.
        await links.TrySaveAsync(user, claim with { State = TaskLinkState.Linked, TaskId = taskId, Fingerprint = content.Fingerprint, Known = KnownAfter(content) }, cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(UserKey user, TodoList list, TimeZoneInfo zone, FollowUp followUp, TaskLink link, CancellationToken cancellationToken)
    {
        // The fingerprint leaves out the availability line, so an unchanged task costs no free/busy read either.
        if (TaskPlan.For(followUp, zone, string.Empty, options.Value.RemindBefore).Fingerprint == link.Fingerprint)
        {
            return;
        }

        var content = await ContentAsync(user, zone, followUp, cancellationToken).ConfigureAwait(false);
        var client = graph.ForTenant(user.TenantId);
        if (!await new TodoTasks(client).UpdateAsync(user.ObjectId, list.ListId, link.TaskId!, content, zone, cancellationToken).ConfigureAwait(false))
        {
            if (!await new TodoLists(client).ExistsAsync(user.ObjectId, list.ListId, cancellationToken).ConfigureAwait(false))
            {
                throw new TodoListGoneException(list.ListId, deleted: true);
            }

            // The user deleted the task before its notification reached us: the same as hearing of it.
            await changes.ApplyAsync(user, link.TaskId!, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A lost race only means the next sync writes the same content once more.
        await links.TrySaveAsync(user, link with { Fingerprint = content.Fingerprint, Known = KnownAfter(content) }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TaskContent> ContentAsync(UserKey user, TimeZoneInfo zone, FollowUp followUp, CancellationToken cancellationToken)
    {
        var line = await availability.LineAsync(user, cancellationToken).ConfigureAwait(false);
        return TaskPlan.For(followUp, zone, line, options.Value.RemindBefore);
    }

    private static TaskSeen KnownAfter(TaskContent content) => new(content.Progress == TaskProgress.Completed, content.DueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Adopted a To Do task created before a crash for a follow-up of {User}")]
    private static partial void LogAdopted(ILogger logger, string user);
}
