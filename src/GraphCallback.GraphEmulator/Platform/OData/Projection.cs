using System.Text.Json.Nodes;

namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>
/// Applies $select to an item's JSON, recursively into expanded properties. Graph keeps the
/// OData annotations and id whatever is selected, and expanded navigation properties are
/// returned alongside the selection.
/// </summary>
public static class Projection
{
    public static JsonObject Apply(JsonObject item, ODataQuery query)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Select is { } select)
        {
            var keep = new HashSet<string>(select, StringComparer.OrdinalIgnoreCase) { "id" };
            foreach (var expand in query.Expand)
            {
                keep.Add(expand.Property);
            }

            foreach (var name in item.Select(p => p.Key).ToList())
            {
                if (!keep.Contains(name) && !name.StartsWith('@'))
                {
                    item.Remove(name);
                }
            }
        }

        foreach (var expand in query.Expand)
        {
            switch (item[expand.Property])
            {
                case JsonObject child:
                    Apply(child, expand.Options);
                    break;
                case JsonArray children:
                    foreach (var element in children.OfType<JsonObject>())
                    {
                        Apply(element, expand.Options);
                    }

                    break;
            }
        }

        return item;
    }
}
