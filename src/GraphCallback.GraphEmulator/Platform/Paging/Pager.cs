using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphCallback.GraphEmulator.Platform.OData;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphCallback.GraphEmulator.Platform.Paging;

/// <summary>
/// Server-driven paging as Graph does it: page size from $top, else Prefer: odata.maxpagesize,
/// else the resource's default; the next page is the same URL with an opaque $skiptoken.
/// </summary>
public static partial class Pager
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 999;

    public static Page<T> Take<T>(HttpContext context, IReadOnlyList<T> items, ODataQuery query, int defaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(query);
        var size = PageSize(context, query, defaultPageSize);
        var offset = query.SkipToken is null ? 0 : DecodeOffset(query.SkipToken);
        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + size < items.Count ? WithQuery(context.OriginalUrl(), context.Request.Query, "$skiptoken", EncodeOffset(offset + size)) : null;
        return new Page<T>(page, next);
    }

    /// <summary>The page size for this request; answers Preference-Applied when the Prefer header set it.</summary>
    public static int PageSize(HttpContext context, ODataQuery query, int defaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Top is { } top)
        {
            return Math.Min(top, MaxPageSize);
        }

        var match = MaxPageSizePreference().Match(context.Request.Headers["Prefer"].ToString());
        if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var preferred) && preferred > 0)
        {
            context.Response.Headers.Append("Preference-Applied", $"odata.maxpagesize={preferred}");
            return Math.Min(preferred, MaxPageSize);
        }

        return defaultPageSize;
    }

    /// <summary>The request URL with one query option replaced and the paging/delta tokens dropped.</summary>
    public static string WithQuery(string baseUrl, IQueryCollection query, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kept = query.Where(q => q.Key is not ("$skiptoken" or "$deltatoken" or "skiptoken" or "deltatoken"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(name, value));
        return QueryHelpers.AddQueryString(baseUrl, kept);
    }

    /// <summary>The opaque $skiptoken of the page starting at <paramref name="offset"/>, for links a feature builds itself.</summary>
    public static string EncodeOffset(int offset) =>
        Base64UrlEncode("offset:" + offset.ToString(CultureInfo.InvariantCulture));

    private static int DecodeOffset(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(FromBase64Url(token)));
            if (text.StartsWith("offset:", StringComparison.Ordinal) &&
                int.TryParse(text["offset:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the same 400 as any other unreadable token.
        }

        throw GraphErrorException.BadRequest("The $skiptoken is invalid.", "InvalidSkipToken");
    }

    internal static string Base64UrlEncode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static string FromBase64Url(string token)
    {
        var text = token.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSizePreference();
}
