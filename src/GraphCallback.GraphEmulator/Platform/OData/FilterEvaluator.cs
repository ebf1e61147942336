using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>
/// Evaluates a parsed $filter against an item's Graph JSON (as Kiota writes it), so one evaluator
/// serves every resource. String comparisons ignore case, as Exchange and the directory do.
/// </summary>
public static class FilterEvaluator
{
    public static bool Matches(FilterNode filter, JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Evaluate(filter, item, new Dictionary<string, JsonNode?>()) is true;
    }

    private static object? Evaluate(FilterNode node, JsonObject item, Dictionary<string, JsonNode?> scope) => node switch
    {
        LiteralNode literal => literal.Value,
        PathNode path => Scalar(Resolve(path, item, scope)),
        NotNode not => Evaluate(not.Operand, item, scope) is not true,
        BinaryNode { Operator: "and" } b => Evaluate(b.Left, item, scope) is true && Evaluate(b.Right, item, scope) is true,
        BinaryNode { Operator: "or" } b => Evaluate(b.Left, item, scope) is true || Evaluate(b.Right, item, scope) is true,
        BinaryNode b => Compare(b.Operator, Evaluate(b.Left, item, scope), Evaluate(b.Right, item, scope)),
        CallNode call => Call(call, item, scope),
        LambdaNode lambda => Lambda(lambda, item, scope),
        _ => throw new InvalidOperationException("Unknown filter node " + node.GetType().Name),
    };

    private static JsonNode? Resolve(PathNode path, JsonObject item, Dictionary<string, JsonNode?> scope)
    {
        JsonNode? current = item;
        var start = 0;
        if (scope.TryGetValue(path.Segments[0], out var bound))
        {
            current = bound;
            start = 1;
        }

        for (var i = start; i < path.Segments.Count && current is not null; i++)
        {
            current = current is JsonObject obj ? Property(obj, path.Segments[i]) : null;
        }

        return current;
    }

    private static JsonNode? Property(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        return obj.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static object? Scalar(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonArray array => array,
        JsonObject obj => obj,
        _ => null,
    };

    private static bool Compare(string op, object? left, object? right)
    {
        int? order = (left, right) switch
        {
            (null, null) => 0,
            (null, _) or (_, null) => null,
            (DateTimeOffset l, _) when AsInstant(right) is { } r => l.CompareTo(r),
            (_, DateTimeOffset r) when AsInstant(left) is { } l => l.CompareTo(r),
            (double l, double r) => l.CompareTo(r),
            (string l, double r) when double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var ln) => ln.CompareTo(r),
            (bool l, bool r) => l.CompareTo(r),
            (string l, string r) => string.Compare(l, r, StringComparison.OrdinalIgnoreCase),
            _ => null,
        };

        return op switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "gt" => order > 0,
            "ge" => order >= 0,
            "lt" => order < 0,
            "le" => order <= 0,
            _ => false,
        };
    }

    private static DateTimeOffset? AsInstant(object? value) => value switch
    {
        DateTimeOffset instant => instant,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => null,
    };

    private static object? Call(CallNode call, JsonObject item, Dictionary<string, JsonNode?> scope)
    {
        var args = call.Arguments.Select(a => Evaluate(a, item, scope) as string).ToList();
        return call.Function switch
        {
            "tolower" => args[0]?.ToLowerInvariant(),
            "toupper" => args[0]?.ToUpperInvariant(),
            _ when args[0] is null || args[1] is null => false,
            "contains" => args[0]!.Contains(args[1]!, StringComparison.OrdinalIgnoreCase),
            "startswith" => args[0]!.StartsWith(args[1]!, StringComparison.OrdinalIgnoreCase),
            "endswith" => args[0]!.EndsWith(args[1]!, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static bool Lambda(LambdaNode lambda, JsonObject item, Dictionary<string, JsonNode?> scope)
    {
        if (Resolve(lambda.Collection, item, scope) is not JsonArray elements)
        {
            return lambda.Operator == "all";
        }

        if (lambda.Body is null || lambda.Variable is null)
        {
            return elements.Count > 0;
        }

        bool Test(JsonNode? element)
        {
            var inner = new Dictionary<string, JsonNode?>(scope) { [lambda.Variable] = element };
            return Evaluate(lambda.Body, item, inner) is true;
        }

        return lambda.Operator == "any" ? elements.Any(Test) : elements.All(Test);
    }
}
