using Azure;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Storage.FollowUps;
using Microsoft.Net.Http.Headers;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// Applies one change to a follow-up for the API. With If-Match the client's copy must still be
/// current (412 otherwise); without it the store re-reads and re-applies on a lost race.
/// </summary>
public static class FollowUpChange
{
    public static async Task<(FollowUp? FollowUp, IResult? Refusal)> ApplyAsync(
        FollowUpStore store, UserKey user, FollowUpId id, HttpRequest request, Action<FollowUp> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (request.Headers[HeaderNames.IfMatch] is [{ } ifMatch, ..])
            {
                var stored = await store.GetAsync(user, id, cancellationToken);
                if (stored is null)
                {
                    return (null, NotFound());
                }

                if (stored.ETag != new ETag(ifMatch))
                {
                    return (null, Stale());
                }

                change(stored.FollowUp);
                return await store.TryReplaceAsync(user, stored.FollowUp, stored.ETag, cancellationToken)
                    ? (stored.FollowUp, null)
                    : (null, Stale());
            }

            var changed = await store.ChangeAsync(user, id, change, cancellationToken);
            return changed is null ? (null, NotFound()) : (changed, null);
        }
        catch (InvalidFollowUpTransitionException e)
        {
            return (null, Results.Problem(title: "Not allowed in this state", detail: e.Message, statusCode: StatusCodes.Status409Conflict));
        }
    }

    /// <summary>Another user's follow-up looks exactly like one that does not exist.</summary>
    public static IResult NotFound() =>
        Results.Problem(title: "No such follow-up", statusCode: StatusCodes.Status404NotFound);

    private static IResult Stale() =>
        Results.Problem(title: "The follow-up changed", detail: "Someone changed it since you read it; read it again.", statusCode: StatusCodes.Status412PreconditionFailed);
}
