namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>The active fault rules; each hit consumes one of a rule's Count. Thread-safe.</summary>
public sealed class FaultInjector : IResettable
{
    private readonly Lock _gate = new();
    private readonly List<ActiveRule> _rules = [];

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Rule with { Count = r.Remaining, Hits = r.Hits }).ToList();
            }
        }
    }

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(new ActiveRule(rule) { Remaining = rule.Count });
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The fault to apply to this request of <paramref name="tenant"/>'s caller to <paramref name="path"/>, if any rule hits it.</summary>
    public FaultRule? ForRequest(string method, string template, string tenant, string path) =>
        Take(r => r.Kind is FaultKind.Throttle or FaultKind.Unavailable or FaultKind.Latency or FaultKind.UnavailableAfterServing or FaultKind.Forbidden or FaultKind.Hold
            && r.Matches(method, template, tenant, path));

    /// <summary>The fault to apply to the next notification of a subscription to <paramref name="resource"/>, if any.</summary>
    public FaultRule? ForNotification(string resource) =>
        Take(r => r.Kind is FaultKind.DropNotification or FaultKind.DuplicateNotification && r.MatchesResource(resource));

    private FaultRule? Take(Func<FaultRule, bool> applies)
    {
        lock (_gate)
        {
            foreach (var active in _rules)
            {
                if (!applies(active.Rule) || active.Remaining == 0)
                {
                    continue;
                }

                // The random draw makes fractional rules model intermittent failure, not a fixed pattern.
                if (active.Rule.Fraction < 1.0 && active.Draw() >= active.Rule.Fraction)
                {
                    continue;
                }

                active.Hits++;
                if (active.Remaining is { } remaining)
                {
                    active.Remaining = remaining - 1;
                }

                return active.Rule;
            }

            _rules.RemoveAll(r => r.Remaining == 0);
            return null;
        }
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        // Drawn under the injector's lock, so a seeded Random is never used from two threads.
        private readonly Random _random = rule.Seed is { } seed ? new Random(seed) : Random.Shared;

        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; }

        public int Hits { get; set; }

        public double Draw() => _random.NextDouble();
    }
}
