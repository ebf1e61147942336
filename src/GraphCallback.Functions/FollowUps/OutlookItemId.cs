namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// Outlook add-ins see an item's EWS id (standard base64 with '/' and '+'); Graph, and so our
/// stored source ids, use the REST form of the same bytes (URL-safe base64 with '-' and '_').
/// Office.js's convertToRestId does exactly this character swap, so the server accepts either.
/// </summary>
public static class OutlookItemId
{
    public static string ToRest(string itemId)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        return itemId.Replace('/', '-').Replace('+', '_');
    }
}
