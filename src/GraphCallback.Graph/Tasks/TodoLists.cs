using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Graph.Tasks;

/// <summary>The user's own To Do list for call-backs: found by name, else created.</summary>
public sealed class TodoLists(GraphServiceClient graph)
{
    /// <summary>
    /// Returns the id of the user's list named <paramref name="displayName"/>, creating it when
    /// there is none (then Created is true). Looking first makes a retry after a crash (list
    /// created, id not recorded) adopt that list instead of making a second one.
    /// </summary>
    public async Task<(string Id, bool Created)> FindOrCreateAsync(string userId, string displayName, CancellationToken cancellationToken = default)
    {
        var page = await graph.Users[userId].Todo.Lists.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            if ((page.Value ?? []).FirstOrDefault(l => l.Id is not null && l.WellknownListName is not (WellknownListName.DefaultList or WellknownListName.FlaggedEmails)
                    && string.Equals(l.DisplayName, displayName, StringComparison.Ordinal)) is { } found)
            {
                return (found.Id!, false);
            }

            page = page.OdataNextLink is { } next
                ? await graph.Users[userId].Todo.Lists.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                : null;
        }

        var created = await graph.Users[userId].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = displayName }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (created?.Id ?? throw new InvalidDataException("Graph created a To Do list without an id."), true);
    }

    public async Task DeleteAsync(string userId, string listId, CancellationToken cancellationToken = default)
    {
        try
        {
            await graph.Users[userId].Todo.Lists[listId].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            // Already gone.
        }
    }

    /// <summary>Whether the list still exists (the user may delete it in To Do).</summary>
    public async Task<bool> ExistsAsync(string userId, string listId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await graph.Users[userId].Todo.Lists[listId].GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return false;
        }
    }
}
