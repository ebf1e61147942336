namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>
/// One injected fault. Route is a route template as the counters report it (e.g.
/// /v1.0/users/{user}/messages/{id}), or a prefix ending in '*'; for notification faults it is a
/// part of the subscription's resource ("messages", "todo"), so a test can hit the inbox's
/// notifications while others flow. Count limits how many requests it hits (null: until cleared); Fraction hits that share
/// of matching requests at random, drawn from a Random seeded with Seed when it is given, so a
/// run that applies a rate of faults can be repeated hit for hit. Tenant and PathContains narrow
/// a request fault to one tenant's callers or to requests whose path names one user,
/// subscription or task, so a test can fail one item while the others pass.
/// </summary>
public sealed record FaultRule
{
    public required FaultKind Kind { get; init; }

    public string Route { get; init; } = "*";

    public string? Method { get; init; }

    public int? Count { get; init; }

    public double Fraction { get; init; } = 1.0;

    public int? Seed { get; init; }

    /// <summary>How many requests or notifications the rule has hit so far, as GET /faults reports it.</summary>
    public int Hits { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    public int LatencyMilliseconds { get; init; }

    /// <summary>Only requests of this tenant's callers (the token's tid); null: any tenant.</summary>
    public string? Tenant { get; init; }

    /// <summary>Only requests whose path contains this (case insensitive), e.g. a user's object id; null: any path.</summary>
    public string? PathContains { get; init; }

    /// <summary>Whether a notification of a subscription to <paramref name="resource"/> is hit.</summary>
    public bool MatchesResource(string resource) =>
        Route == "*" || resource.Contains(Route.Trim('*'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a request of <paramref name="tenant"/>'s caller to <paramref name="path"/>, matched to <paramref name="template"/>, is hit.</summary>
    public bool Matches(string method, string template, string tenant, string path) =>
        Matches(method, template) &&
        (Tenant is null || Tenant.Equals(tenant, StringComparison.OrdinalIgnoreCase)) &&
        (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));

    public bool Matches(string method, string template) =>
        (Method is null || Method.Equals(method, StringComparison.OrdinalIgnoreCase)) &&
        (Route == "*" || Route.Equals(template, StringComparison.OrdinalIgnoreCase) ||
         (Route.EndsWith('*') && template.StartsWith(Route[..^1], StringComparison.OrdinalIgnoreCase)));
}
