using System.Text.RegularExpressions;

namespace GraphCallback.GraphEmulator.Calendar.Outlook;

/// <summary>
/// The Prefer: outlook.timezone="..." request header, which sets the zone Outlook resources return
/// their dateTimeTimeZone values in (UTC when absent).
/// </summary>
public static partial class PreferredTimeZone
{
    /// <summary>
    /// The zone this request wants times in, validated; answers Preference-Applied as Graph does.
    /// Call once per request.
    /// </summary>
    public static string Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var header in context.Request.Headers["Prefer"])
        {
            var match = TimeZonePreference().Match(header ?? string.Empty);
            if (match.Success)
            {
                var name = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["bare"].Value;
                GraphTimeZones.Find(name);
                context.Response.Headers.Append("Preference-Applied", $"outlook.timezone=\"{name}\"");
                return name;
            }
        }

        return GraphTimeZones.Utc;
    }

    [GeneratedRegex("""outlook\.timezone\s*=\s*(?:"(?<quoted>[^"]+)"|(?<bare>[^,;\s]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex TimeZonePreference();
}
