namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>
/// One injected fault. Route is a route template as the counters report it (e.g.
/// /v1.0/users/{user}/messages/{id}), or a prefix ending in '*'; for notification faults it is a
/// part of the subscription's resource ("messages", "todo"), so a test can hit the inbox's
/// notifications while others flow. Count limits how many requests it hits (null: until cleared); Fraction hits that share
/// of matching requests at random, drawn from a Random seeded with Seed when it is given, so a
/// run that applies a rate of faults can be repeated hit for hit.
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

    /// <summary>Whether a notification of a subscription to <paramref name="resource"/> is hit.</summary>
    public bool MatchesResource(string resource) =>
        Route == "*" || resource.Contains(Route.Trim('*'), StringComparison.OrdinalIgnoreCase);

    public bool Matches(string method, string template) =>
        (Method is null || Method.Equals(method, StringComparison.OrdinalIgnoreCase)) &&
        (Route == "*" || Route.Equals(template, StringComparison.OrdinalIgnoreCase) ||
         (Route.EndsWith('*') && template.StartsWith(Route[..^1], StringComparison.OrdinalIgnoreCase)));
}
