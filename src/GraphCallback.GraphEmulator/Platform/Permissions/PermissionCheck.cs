namespace GraphCallback.GraphEmulator.Platform.Permissions;

/// <summary>Judges a caller against a rule: scopes for a delegated token, roles for an app token.</summary>
public static class PermissionCheck
{
    /// <summary>Throws Graph's 403 unless <paramref name="caller"/> holds one of the rule's permissions for <paramref name="targetUserId"/>.</summary>
    /// <param name="targetUserId">The user the request is about, when the route names one and they exist.</param>
    /// <exception cref="GraphErrorException">403 in the workload's own shape.</exception>
    public static void Demand(GraphCaller caller, PermissionRule rule, string? targetUserId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Open)
        {
            return;
        }

        if (!caller.IsDelegated)
        {
            if (!rule.Application.Any(caller.Roles.Contains))
            {
                throw rule.Denial.ToError(Requires("role", rule.Application, caller.Roles));
            }

            return;
        }

        var self = targetUserId is null || string.Equals(targetUserId, caller.ObjectId, StringComparison.OrdinalIgnoreCase);
        if (!self && rule.OwnMailboxOnly)
        {
            throw rule.Denial.ToError(string.Empty);
        }

        var granted = self ? rule.Delegated.Concat(rule.DelegatedSelf) : rule.Delegated;
        if (!granted.Any(caller.Scopes.Contains))
        {
            throw rule.Denial.ToError(Requires("scope", granted.ToList(), caller.Scopes));
        }
    }

    private static string Requires(string kind, IReadOnlyCollection<string> needed, IReadOnlySet<string> held) => needed.Count == 0
        ? $"This API does not support this permission type ({kind}s)."
        : $"API requires one of '{string.Join(", ", needed)}'. {char.ToUpperInvariant(kind[0])}{kind[1..]}s on the request '{string.Join(", ", held.Order(StringComparer.Ordinal))}'.";
}
