using System.Globalization;

namespace GraphCallback.Graph;

/// <summary>
/// A MAPI extended property id as Graph writes it — <c>String 0x001A</c> (type and tag),
/// <c>String {guid} Name X-Header</c> or <c>Integer {guid} Id 0x8005</c> — compared by its parts.
/// Exchange does not echo the id as requested: <c>String 0x001A</c> comes back as <c>String 0x1a</c>,
/// so comparing the text would lose every property asked for by tag.
/// </summary>
public sealed class ExtendedPropertyId : IEquatable<ExtendedPropertyId>
{
    private ExtendedPropertyId(string type, int? tag, Guid? propertySet, string? name, int? id)
    {
        Type = type;
        Tag = tag;
        PropertySet = propertySet;
        Name = name;
        Id = id;
    }

    /// <summary>The property type (String, Integer, Binary, ...): case-insensitive, as MAPI type names are.</summary>
    public string Type { get; }

    /// <summary>The property tag of a tagged property (0x001A for the message class).</summary>
    public int? Tag { get; }

    /// <summary>The property set of a named property.</summary>
    public Guid? PropertySet { get; }

    /// <summary>The name of a property named by string: case-sensitive, as Graph documents.</summary>
    public string? Name { get; }

    /// <summary>The numeric id of a property named by number.</summary>
    public int? Id { get; }

    public static ExtendedPropertyId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not an extended property id.");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExtendedPropertyId? id)
    {
        id = null;
        var parts = text?.Trim().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length == 2 && Hex(parts[1]) is { } tag)
        {
            id = new ExtendedPropertyId(parts[0], tag, null, null, null);
        }
        else if (parts.Length == 4 && Guid.TryParse(parts[1], out var set))
        {
            id = parts[2].ToUpperInvariant() switch
            {
                "NAME" => new ExtendedPropertyId(parts[0], null, set, parts[3], null),
                "ID" when Hex(parts[3]) is { } number => new ExtendedPropertyId(parts[0], null, set, null, number),
                _ => null,
            };
        }

        return id is not null;
    }

    public bool Equals(ExtendedPropertyId? other) =>
        other is not null
        && string.Equals(Type, other.Type, StringComparison.OrdinalIgnoreCase)
        && Tag == other.Tag
        && PropertySet == other.PropertySet
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Id == other.Id;

    public override bool Equals(object? obj) => Equals(obj as ExtendedPropertyId);

    public override int GetHashCode() => HashCode.Combine(Type.ToUpperInvariant(), Tag, PropertySet, Name, Id);

    public override string ToString() =>
        Tag is { } tag ? $"{Type} 0x{tag:X4}"
        : Name is not null ? $"{Type} {{{PropertySet}}} Name {Name}"
        : $"{Type} {{{PropertySet}}} Id 0x{Id:X4}";

    private static int? Hex(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        && int.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
