using System.Globalization;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>
/// How Exchange writes a tagged extended property id back: type, then the tag in lower-case hex
/// without leading zeros — asked for as <c>String 0x001A</c>, answered as <c>String 0x1a</c>. No
/// Microsoft page states it; public clients tested against live tenants depend on it (graph-notes,
/// "Corrections"). Named properties (<c>{guid} Name ...</c>) are echoed as stored.
/// </summary>
public static class ExtendedPropertyEcho
{
    public static string Of(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var parts = id.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
               && parts[1].StartsWith("0x", StringComparison.OrdinalIgnoreCase)
               && int.TryParse(parts[1].AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var tag)
            ? $"{parts[0]} 0x{tag:x}"
            : id;
    }
}
