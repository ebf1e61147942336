using System.Net;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>
/// Resources whose change notifications Graph gives only to a signed-in user: for a todoTask the
/// permission table of Create subscription lists delegated Tasks.ReadWrite and, for application
/// permissions, "Not supported" (learn.microsoft.com/graph/api/subscription-post-subscriptions).
/// </summary>
public static class DelegatedOnlyResources
{
    /// <param name="normalized">The resource as <see cref="ResourcePath.Normalize"/> gives it.</param>
    /// <param name="caller">Who asks for the subscription.</param>
    public static void Check(string normalized, GraphCaller caller)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(caller);
        if (normalized.Split('/') is not ["users", var owner, "todo", "lists", _, "tasks"])
        {
            return;
        }

        if (!caller.IsDelegated)
        {
            // Subscription errors come from the workload behind Graph, wrapped as an ExtensionError
            // (the shape seen in msgraph-sdk-dotnet#365 and onedrive-api-docs#1398).
            throw new GraphErrorException(
                HttpStatusCode.Forbidden,
                "ExtensionError",
                "Operation: Create; Exception: [Status Code: Forbidden; Reason: Application permissions are not supported for todoTask change notifications.]");
        }

        if (!owner.Equals(caller.ObjectId, StringComparison.OrdinalIgnoreCase))
        {
            // A delegated subscription covers only the signed-in user's own items, as in Outlook.
            throw new GraphErrorException(HttpStatusCode.Forbidden, "ExtensionError", "Operation: Create; Exception: [Status Code: Forbidden; Reason: Access denied]");
        }
    }
}
