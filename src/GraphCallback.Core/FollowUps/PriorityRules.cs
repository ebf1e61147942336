using GraphCallback.Core.Callers;

namespace GraphCallback.Core.FollowUps;

/// <summary>
/// Orders callers by who matters most; a follow-up's priority is its caller kind's rank
/// (1 = call back first). Users may reorder the kinds.
/// </summary>
public sealed record PriorityRules
{
    public PriorityRules(IReadOnlyList<CallerKind> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Distinct().Count() != order.Count || Enum.GetValues<CallerKind>().Any(k => !order.Contains(k)))
        {
            throw new ArgumentException("The priority order must name every caller kind exactly once.", nameof(order));
        }

        Order = order;
    }

    public static PriorityRules Default { get; } = new(
        [CallerKind.Client, CallerKind.Colleague, CallerKind.KnownContact, CallerKind.Vendor, CallerKind.Unknown]);

    public IReadOnlyList<CallerKind> Order { get; }

    public int RankOf(CallerKind kind) => Order.ToList().IndexOf(kind) + 1;
}
