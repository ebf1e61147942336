namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// Outlook add-ins see an item's EWS id (standard base64 with '/' and '+'); Graph, and so our
/// stored source ids, use the REST form of the same bytes (URL-safe base64 with '-' and '_').
/// Office.js's convertToRestId does exactly this character swap, so the server accepts either,
/// percent-encoded or not.
/// </summary>
public static class OutlookItemId
{
    public static string ToRest(string itemId)
    {
        ArgumentNullException.ThrowIfNull(itemId);

        // Routing leaves %2F encoded in a path segment (it would change the path's shape); neither
        // id form ever contains '%', so unescaping the rest does no harm.
        return Uri.UnescapeDataString(itemId).Replace('/', '-').Replace('+', '_');
    }
}
