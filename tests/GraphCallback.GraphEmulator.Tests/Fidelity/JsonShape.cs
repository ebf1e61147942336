using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphCallback.GraphEmulator.Tests.Fidelity;

/// <summary>Compares the shape (property names and JSON types) of an emulator response with a documented example.</summary>
public static class JsonShape
{
    /// <summary>The documented example stored under Fidelity/Data, without its source note.</summary>
    public static JsonObject Documented(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fidelity", "Data", file));
        return JsonNode.Parse(text)!["response"]!.AsObject();
    }

    /// <summary>
    /// Every property path both documents have must have the same JSON type (a documented null
    /// matches anything); arrays compare their first elements. Returns the mismatches.
    /// </summary>
    public static IReadOnlyList<string> TypeMismatches(JsonNode documented, JsonNode actual, string path = "$")
    {
        var problems = new List<string>();
        var expectedKind = documented.GetValueKind();
        var actualKind = actual.GetValueKind();
        if (Normalize(expectedKind) != Normalize(actualKind))
        {
            problems.Add($"{path}: documented {expectedKind}, emulator {actualKind}");
            return problems;
        }

        switch (documented)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is not null && actual.AsObject()[name] is { } other)
                    {
                        problems.AddRange(TypeMismatches(value, other, $"{path}.{name}"));
                    }
                }

                break;
            case JsonArray array when array.Count > 0 && actual.AsArray().Count > 0 && array[0] is { } first && actual.AsArray()[0] is { } otherFirst:
                problems.AddRange(TypeMismatches(first, otherFirst, $"{path}[0]"));
                break;
        }

        return problems;
    }

    /// <summary>Paths like "sessions[0]/segments[0]/id" that are missing in the node ('/' separates, as names contain dots).</summary>
    public static IReadOnlyList<string> Missing(JsonNode node, params string[] paths) =>
        paths.Where(p => Resolve(node, p) is null).ToList();

    private static JsonNode? Resolve(JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('/'))
        {
            var name = part;
            var index = -1;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = part[..bracket];
                index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            }

            current = current is JsonObject obj ? obj[name] : null;
            if (index >= 0)
            {
                current = current is JsonArray array && array.Count > index ? array[index] : null;
            }
        }

        return current;
    }

    private static JsonValueKind Normalize(JsonValueKind kind) => kind == JsonValueKind.False ? JsonValueKind.True : kind;
}
