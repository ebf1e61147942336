using Azure;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Storage.FollowUps;
using Microsoft.Net.Http.Headers;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// Applies one change to a follow-up for the API. With If-Match the client's copy must still be
/// current (412 otherwise); without it the store re-reads and re-applies on a lost race. With an
/// Idempotency-Key the change is made once: a repeat answers with the follow-up as it is.
/// </summary>
public static class FollowUpChange
{
    public static async Task<(FollowUp? FollowUp, IResult? Refusal)> ApplyAsync(
        FollowUpStore store, UserKey user, FollowUpId id, HttpRequest request, IdempotentRequest? once, Action<FollowUp> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (request.Headers[HeaderNames.IfMatch] is [{ } ifMatch, ..])
            {
                if (await ReplayAsync(store, user, once, cancellationToken) is { } replay)
                {
                    return replay;
                }

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
                if (await store.TryReplaceAsync(user, stored.FollowUp, stored.ETag, once, cancellationToken))
                {
                    return (stored.FollowUp, null);
                }

                return await ReplayAsync(store, user, once, cancellationToken) ?? (null, Stale());
            }

            var result = await store.ChangeAsync(user, id, change, once, cancellationToken);
            return result switch
            {
                { Changed: { } changed } => (changed, null),
                { Earlier: { } earlier } => await EarlierAsync(store, user, once!, earlier, cancellationToken),
                _ => (null, NotFound()),
            };
        }
        catch (InvalidFollowUpTransitionException e)
        {
            return (null, Results.Problem(title: "Not allowed in this state", detail: e.Message, statusCode: StatusCodes.Status409Conflict));
        }
    }

    /// <summary>A request already carried out under its key answers with the follow-up as it is now, and changes nothing.</summary>
    private static async Task<(FollowUp? FollowUp, IResult? Refusal)?> ReplayAsync(FollowUpStore store, UserKey user, IdempotentRequest? once, CancellationToken cancellationToken) =>
        once is not null && await store.FindRequestAsync(user, once, cancellationToken) is { } earlier
            ? await EarlierAsync(store, user, once, earlier, cancellationToken)
            : null;

    private static async Task<(FollowUp? FollowUp, IResult? Refusal)> EarlierAsync(
        FollowUpStore store, UserKey user, IdempotentRequest once, RecordedRequest earlier, CancellationToken cancellationToken)
    {
        if (!earlier.Matches(once))
        {
            return (null, IdempotencyKey.Reused());
        }

        var current = await store.GetAsync(user, earlier.FollowUpId, cancellationToken);
        return current is null ? (null, NotFound()) : (current.FollowUp, null);
    }

    /// <summary>Another user's follow-up looks exactly like one that does not exist.</summary>
    public static IResult NotFound() =>
        Results.Problem(title: "No such follow-up", statusCode: StatusCodes.Status404NotFound);

    private static IResult Stale() =>
        Results.Problem(title: "The follow-up changed", detail: "Someone changed it since you read it; read it again.", statusCode: StatusCodes.Status412PreconditionFailed);
}
