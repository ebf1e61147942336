using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>
/// Shapes a stored message for a request the way Exchange does: extended properties and
/// attachments only when expanded (extended properties narrowed by the $expand's $filter), and the
/// body converted to text when the client prefers outlook.body-content-type="text".
/// </summary>
public static partial class MessageRendering
{
    public const string ExtendedProperties = "singleValueExtendedProperties";
    public const string Attachments = "attachments";

    /// <summary>The JSON $filter runs against: the whole message, extended properties included.</summary>
    public static JsonObject FilterView(StoredMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonNode.Parse(message.Json)!.AsObject();
    }

    public static JsonObject Render(StoredMessage message, ODataQuery query, bool preferText)
    {
        ArgumentNullException.ThrowIfNull(query);
        var json = FilterView(message);
        if (query.Expanded(ExtendedProperties) is { } expand && json[ExtendedProperties] is JsonArray properties)
        {
            if (expand.Options.Filter is { } filter)
            {
                // Exchange matches an id in either spelling, the one stored or the one it echoes.
                foreach (var property in properties.OfType<JsonObject>().Where(p => !FilterEvaluator.Matches(filter, p) && !FilterEvaluator.Matches(filter, Echoed(p))).ToList())
                {
                    properties.Remove(property);
                }
            }

            foreach (var property in properties.OfType<JsonObject>())
            {
                property["id"] = ExtendedPropertyEcho.Of((string?)property["id"] ?? string.Empty);
            }
        }
        else
        {
            json.Remove(ExtendedProperties);
        }

        if (query.Expanded(Attachments) is null)
        {
            json.Remove(Attachments);
        }

        if (preferText && json["body"] is JsonObject body && string.Equals((string?)body["contentType"], "html", StringComparison.OrdinalIgnoreCase))
        {
            body["contentType"] = "text";
            body["content"] = HtmlToText((string?)body["content"] ?? string.Empty);
        }

        return json;
    }

    private static JsonObject Echoed(JsonObject property)
    {
        var copy = property.DeepClone().AsObject();
        copy["id"] = ExtendedPropertyEcho.Of((string?)property["id"] ?? string.Empty);
        return copy;
    }

    /// <summary>True when the request asks for text bodies; the handler answers Preference-Applied.</summary>
    public static bool PrefersText(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prefers = context.Request.Headers["Prefer"].Any(p => p?.Contains("outlook.body-content-type=\"text\"", StringComparison.OrdinalIgnoreCase) == true);
        if (prefers)
        {
            context.Response.Headers.Append("Preference-Applied", "outlook.body-content-type=\"text\"");
        }

        return prefers;
    }

    private static string HtmlToText(string html)
    {
        var withBreaks = LineBreaks().Replace(html, "\r\n");
        return WebUtility.HtmlDecode(Tags().Replace(withBreaks, string.Empty)).Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
