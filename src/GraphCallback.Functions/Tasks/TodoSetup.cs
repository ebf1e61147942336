using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.Tasks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Gives a user their call-back list in To Do, once: the list (found by name or created) and a
/// first delta round, so polling has somewhere to start. No todoTask subscription: Graph
/// supports them with delegated permission only, and the app works app-only. Once recorded,
/// getting the list costs one table read and no Graph request.
/// </summary>
public sealed class TodoSetup(
    GraphClients graph,
    TodoListStore lists,
    UserContexts contexts,
    IOptions<TaskOptions> options)
{
    public async Task<TodoList> EnsureAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await lists.GetAsync(user, cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            return recorded;
        }

        var client = graph.ForTenant(user.TenantId);
        var todoLists = new TodoLists(client);
        var (found, created) = await todoLists.FindOrCreateAsync(user.ObjectId, options.Value.ListName, cancellationToken).ConfigureAwait(false);
        var listId = await lists.SetListAsync(user, found, cancellationToken).ConfigureAwait(false);
        if (created && listId != found)
        {
            // Another instance set this user up at the same moment and recorded its list first; ours is still empty.
            await todoLists.DeleteAsync(user.ObjectId, found, cancellationToken).ConfigureAwait(false);
        }

        var mailbox = await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false);
        if (await new TaskDelta(client).ReadAsync(user.ObjectId, listId, null, mailbox.TimeZone, cancellationToken).ConfigureAwait(false) is { } first)
        {
            await lists.SetDeltaLinkAsync(user, listId, first.DeltaLink, cancellationToken).ConfigureAwait(false);
        }

        return await lists.GetAsync(user, cancellationToken).ConfigureAwait(false) ?? new TodoList(listId, null);
    }

    /// <summary>The user deleted the list: forget it; the next sync makes a new list.</summary>
    public Task ForgetAsync(UserKey user, string listId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return lists.ForgetListAsync(user, listId, cancellationToken);
    }
}
