using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// The To Do side of the <c>sync</c> queue: every changed follow-up gets its task created or
/// brought up to date in the user's call-back list. If the user deleted the list, a new one is
/// made and every waiting follow-up's task put back.
/// </summary>
public sealed class TaskSync(
    FollowUpStore followUps,
    TaskLinkStore links,
    TodoSetup setup,
    TaskWriter writer,
    UserContexts contexts) : IFollowUpSync
{
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
        var ids = changed.Count > 0 ? changed : await AllAsync(user, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return;
        }

        var list = await setup.EnsureAsync(user, cancellationToken).ConfigureAwait(false);
        var zone = (await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false)).TimeZone;
        foreach (var id in ids)
        {
            await writer.WriteAsync(user, list, zone, id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Everything that may need a task written: the waiting follow-ups, and creates claimed but not finished.</summary>
    private async Task<IReadOnlyList<FollowUpId>> AllAsync(UserKey user, CancellationToken cancellationToken)
    {
        var pending = await followUps.ListAsync(user, pendingOnly: true, cancellationToken).ConfigureAwait(false);
        var linked = await links.ListAsync(user, cancellationToken).ConfigureAwait(false);
        return [.. pending.Select(f => f.Id).Concat(linked.Where(l => l.State == TaskLinkState.Claimed).Select(l => l.FollowUpId)).Distinct()];
    }
}
