using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Subscriptions;
using GraphCallback.Graph.Tasks;
using GraphCallback.Storage.Subscriptions;
using GraphCallback.Storage.Tasks;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// Gives a user their call-back list in To Do, once: the list (found by name or created), a first
/// delta round so catch-up has somewhere to start, and a todoTask subscription on the list. Once
/// recorded, getting the list costs one table read and no Graph request.
/// </summary>
public sealed class TodoSetup(
    GraphClients graph,
    TodoListStore lists,
    SubscriptionStore subscriptions,
    UserConnector connector,
    UserContexts contexts,
    TimeProvider time,
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

        await SubscribeAsync(user, listId, cancellationToken).ConfigureAwait(false);
        return await lists.GetAsync(user, cancellationToken).ConfigureAwait(false) ?? new TodoList(listId, null);
    }

    /// <summary>The user deleted the list: forget it and its subscription; the next sync makes a new list.</summary>
    public async Task ForgetAsync(UserKey user, string listId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await lists.ForgetListAsync(user, listId, cancellationToken).ConfigureAwait(false);
        var resource = SubscriptionRequest.TodoTasks(user.ObjectId, listId).Resource;
        foreach (var stale in await TodoSubscriptionsAsync(user, cancellationToken).ConfigureAwait(false))
        {
            if (stale.Resource == resource)
            {
                await new GraphSubscriptions(graph.ForTenant(user.TenantId), time).DeleteAsync(stale.Id, cancellationToken).ConfigureAwait(false);
                await subscriptions.DeleteAsync(stale.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SubscribeAsync(UserKey user, string listId, CancellationToken cancellationToken)
    {
        var request = SubscriptionRequest.TodoTasks(user.ObjectId, listId);
        if ((await TodoSubscriptionsAsync(user, cancellationToken).ConfigureAwait(false)).Any(s => s.Resource == request.Resource))
        {
            return;
        }

        await connector.SubscribeAsync(user.TenantId, user, request, SubscriptionPurpose.TodoTasks, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IEnumerable<SubscriptionRecord>> TodoSubscriptionsAsync(UserKey user, CancellationToken cancellationToken) =>
        (await subscriptions.OwnedByAsync(user.TenantId, user, cancellationToken).ConfigureAwait(false)).Where(s => s.Purpose == SubscriptionPurpose.TodoTasks);
}
