using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>
/// What List callRecords accepts in $filter: comparisons of startDateTime (lt, le, gt, ge) and
/// participants_v2/any(p: p/id eq '...'), joined with and. Anything else is refused with 400,
/// because Graph supports nothing else there.
/// </summary>
public static class CallRecordListFilter
{
    private static readonly HashSet<string> StartComparisons = ["lt", "le", "gt", "ge"];

    public static void EnsureSupported(FilterNode? filter)
    {
        if (filter is not null && !IsSupported(filter))
        {
            throw GraphErrorException.BadRequest("Invalid filter clause: only startDateTime (lt, le, gt, ge) and participants_v2/any(p:p/id eq '...') are supported.");
        }
    }

    private static bool IsSupported(FilterNode node) => node switch
    {
        BinaryNode { Operator: "and" } both => IsSupported(both.Left) && IsSupported(both.Right),
        BinaryNode { Left: PathNode { Segments: [var property] }, Right: LiteralNode { Value: DateTimeOffset } } start =>
            property.Equals("startDateTime", StringComparison.OrdinalIgnoreCase) && StartComparisons.Contains(start.Operator),
        LambdaNode { Operator: "any", Collection.Segments: [var collection], Variable: { } variable, Body: BinaryNode { Operator: "eq", Left: PathNode { Segments: [var scope, var id] }, Right: LiteralNode { Value: string } } } =>
            collection.Equals("participants_v2", StringComparison.OrdinalIgnoreCase) && scope == variable && id.Equals("id", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
