using System.Text;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>
/// Puts subscription resources and published change resources into one comparable form:
/// lower case, no leading slash or query, key segments as path segments (mailFolders('Inbox') ->
/// mailfolders/inbox), /me and userPrincipalNames replaced by the user's object id.
/// </summary>
public static class ResourcePath
{
    public static string Normalize(string resource, Func<string, string?> userIdOf, string? meObjectId)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(userIdOf);
        var path = resource.Split('?')[0].Trim('/');
        var segments = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = segment.IndexOf('(', StringComparison.Ordinal);
            if (open > 0 && segment.EndsWith(')'))
            {
                segments.Add(segment[..open]);
                segments.Add(segment[(open + 1)..^1].Trim('\''));
            }
            else
            {
                segments.Add(segment);
            }
        }

        if (segments.Count > 0 && segments[0].Equals("me", StringComparison.OrdinalIgnoreCase) && meObjectId is not null)
        {
            segments[0] = "users";
            segments.Insert(1, meObjectId);
        }

        if (segments.Count > 1 && segments[0].Equals("users", StringComparison.OrdinalIgnoreCase))
        {
            segments[1] = userIdOf(segments[1]) ?? segments[1];
        }

        return new StringBuilder().AppendJoin('/', segments).ToString().ToLowerInvariant();
    }

    /// <summary>
    /// True when a change to <paramref name="changed"/> concerns the subscribed resource. A
    /// subscription to users/{id}/messages covers every folder's messages, as on Graph.
    /// </summary>
    public static bool Covers(string subscribed, string changed)
    {
        ArgumentNullException.ThrowIfNull(subscribed);
        ArgumentNullException.ThrowIfNull(changed);
        if (subscribed == changed)
        {
            return true;
        }

        var s = subscribed.Split('/');
        var c = changed.Split('/');
        return s.Length == 3 && s[0] == "users" && s[2] == "messages" &&
               c.Length == 5 && c[0] == "users" && c[1] == s[1] && c[2] == "mailfolders" && c[4] == "messages";
    }
}
