using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>Event bodies as Exchange keeps them: HTML (text is wrapped on write), with a plain-text bodyPreview.</summary>
public static partial class EventBody
{
    private const int PreviewLength = 255;

    public static ItemBody ToHtml(ItemBody? body)
    {
        if (body is null)
        {
            return new ItemBody { ContentType = BodyType.Html, Content = string.Empty };
        }

        if (body.ContentType == BodyType.Html)
        {
            return body;
        }

        var text = WebUtility.HtmlEncode(body.Content ?? string.Empty).Replace("\n", "<br>\r\n", StringComparison.Ordinal);
        return new ItemBody
        {
            ContentType = BodyType.Html,
            Content = "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n</head>\r\n<body>\r\n" + text + "\r\n</body>\r\n</html>\r\n",
        };
    }

    public static string Preview(ItemBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var withoutHead = Head().Replace(body.Content ?? string.Empty, string.Empty);
        var text = Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(withoutHead, " ")), " ").Trim();
        return text.Length <= PreviewLength ? text : text[..PreviewLength];
    }

    [GeneratedRegex("<head>.*?</head>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
