using System.Text.RegularExpressions;

namespace GraphCallback.GraphEmulator.Platform.Permissions;

/// <summary>
/// The permissions one kind of Graph request needs, least privileged first, as the API's
/// permission table lists them; an empty list means that permission type is not supported.
/// </summary>
public sealed partial record PermissionRule(string Methods, string Pattern, IReadOnlyList<string> Delegated, IReadOnlyList<string> Application, Denial Denial)
{
    private readonly Regex _regex = ToRegex(Pattern);

    /// <summary>Any valid token will do (the route checks more itself, as POST /subscriptions does per resource).</summary>
    public bool Open { get; init; }

    /// <summary>Delegated permissions that reach only the signed-in user's own object (User.Read for /me).</summary>
    public IReadOnlyList<string> DelegatedSelf { get; init; } = [];

    /// <summary>A delegated caller reaches only their own mailbox here (other mailboxes need delegation, not emulated).</summary>
    public bool OwnMailboxOnly { get; init; }

    /// <summary>True when <paramref name="path"/> (a route template or a concrete path, without /v1.0) matches.</summary>
    public bool Matches(string method, string path) =>
        Methods.Split(',').Contains(method, StringComparer.OrdinalIgnoreCase) && _regex.IsMatch(path);

    // "{name}" is one segment (a template's placeholder or a concrete id); a trailing "*" is anything further.
    private static Regex ToRegex(string pattern)
    {
        var body = Placeholder().Replace(Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal), "[^/]+");
        return new Regex("^" + body + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\\\{[^/]+?}")]
    private static partial Regex Placeholder();
}
