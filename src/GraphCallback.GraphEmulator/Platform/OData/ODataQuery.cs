using System.Globalization;
using System.Text.Json.Nodes;

namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>
/// The OData system query options of a request ($select, $expand with nested options, $filter,
/// $top, $orderby, $skiptoken, $deltatoken), parsed once; malformed options are a 400 as on Graph.
/// </summary>
public sealed record ODataQuery
{
    public static readonly ODataQuery Empty = new();

    public IReadOnlyList<string>? Select { get; private init; }

    public IReadOnlyList<ExpandOption> Expand { get; private init; } = [];

    public FilterNode? Filter { get; private init; }

    public int? Top { get; private init; }

    public IReadOnlyList<(string Property, bool Descending)> OrderBy { get; private init; } = [];

    public string? SkipToken { get; private init; }

    public string? DeltaToken { get; private init; }

    public static ODataQuery From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? Get(string name) => request.Query.TryGetValue("$" + name, out var v) ? v.ToString()
            : request.Query.TryGetValue(name, out var plain) ? plain.ToString() : null;

        return Parse(Get("select"), Get("expand"), Get("filter"), Get("top"), Get("orderby")) with
        {
            SkipToken = Get("skiptoken"),
            DeltaToken = Get("deltatoken"),
        };
    }

    /// <summary>Parses options given as text (also the nested options inside $expand parentheses).</summary>
    public static ODataQuery Parse(string? select, string? expand, string? filter, string? top, string? orderBy)
    {
        int? topValue = null;
        if (!string.IsNullOrWhiteSpace(top))
        {
            topValue = int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw GraphErrorException.BadRequest($"Invalid value '{top}' for $top query option found.");
        }

        return new ODataQuery
        {
            Select = string.IsNullOrWhiteSpace(select) ? null : select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Expand = string.IsNullOrWhiteSpace(expand) ? [] : SplitTopLevel(expand, ',').Select(ParseExpand).ToList(),
            Filter = string.IsNullOrWhiteSpace(filter) ? null : FilterParser.Parse(filter),
            Top = topValue,
            OrderBy = string.IsNullOrWhiteSpace(orderBy) ? [] : orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(o => o.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(parts => (parts[0], parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase)))
                .ToList(),
        };
    }

    /// <summary>The $expand entry for a navigation property, or null when it was not asked for.</summary>
    public ExpandOption? Expanded(string property) =>
        Expand.FirstOrDefault(e => e.Property.Equals(property, StringComparison.OrdinalIgnoreCase) || e.Property == "*");

    public bool Matches(JsonObject item) => Filter is null || FilterEvaluator.Matches(Filter, item);

    /// <summary>Applies $orderby to JSON items; properties compare as strings, which orders ISO dates correctly.</summary>
    public IEnumerable<JsonObject> Order(IEnumerable<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var (property, descending) in OrderBy)
        {
            string Key(JsonObject o) => o[property]?.ToString() ?? string.Empty;
            ordered = ordered is null
                ? descending ? items.OrderByDescending(Key, StringComparer.Ordinal) : items.OrderBy(Key, StringComparer.Ordinal)
                : descending ? ordered.ThenByDescending(Key, StringComparer.Ordinal) : ordered.ThenBy(Key, StringComparer.Ordinal);
        }

        return ordered ?? items;
    }

    private static ExpandOption ParseExpand(string item)
    {
        var open = item.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new ExpandOption(item.Trim(), Empty);
        }

        if (!item.EndsWith(')'))
        {
            throw GraphErrorException.BadRequest($"Invalid $expand item '{item}'.");
        }

        var options = SplitTopLevel(item[(open + 1)..^1], ';')
            .Select(o => o.Split('=', 2))
            .ToDictionary(kv => kv[0].Trim().TrimStart('$').ToLowerInvariant(), kv => kv.Length > 1 ? kv[1] : string.Empty);
        var nested = Parse(options.GetValueOrDefault("select"), options.GetValueOrDefault("expand"), options.GetValueOrDefault("filter"), options.GetValueOrDefault("top"), options.GetValueOrDefault("orderby"));
        return new ExpandOption(item[..open].Trim(), nested);
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == separator)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }
}
