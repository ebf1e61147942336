using System.Security.Claims;
using GraphCallback.Core.Users;

namespace GraphCallback.Functions.Api;

/// <summary>Who is calling the API: the user key from the validated token's tenant and object id.</summary>
public static class ApiUser
{
    /// <exception cref="InvalidOperationException">The principal is not an authenticated API user.</exception>
    public static UserKey Key(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var tenantId = principal.FindFirstValue("tid");
        var objectId = principal.FindFirstValue("oid");
        if (string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(objectId))
        {
            throw new InvalidOperationException("The token carries no tid or oid claim.");
        }

        return new UserKey(tenantId, objectId);
    }

    /// <summary>How history names the person who made a change: their object id, never their name.</summary>
    public static string Actor(this ClaimsPrincipal principal) => principal.Key().ObjectId;
}
