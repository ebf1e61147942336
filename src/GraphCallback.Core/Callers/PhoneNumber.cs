using PhoneNumbers;

namespace GraphCallback.Core.Callers;

/// <summary>
/// A caller's number, normalised to E.164 with libphonenumber. Input that cannot be parsed
/// (withheld numbers, "Anonymous", SIP URIs without digits) is kept as an unknown number with its
/// raw text, never an exception: ingestion must not lose a call because its number is odd.
/// </summary>
public sealed record PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private PhoneNumber(string? e164, string raw)
    {
        E164 = e164;
        Raw = raw;
    }

    /// <summary>The number in E.164 (+4930123456), or null when it is unknown.</summary>
    public string? E164 { get; }

    /// <summary>The text the number was parsed from, as it arrived.</summary>
    public string Raw { get; }

    public bool IsKnown => E164 is not null;

    public static PhoneNumber Unknown(string raw) => new(null, raw);

    /// <summary>Parses <paramref name="raw"/>; numbers without a country code take <paramref name="defaultRegion"/> (ISO 3166 alpha-2).</summary>
    public static PhoneNumber Parse(string? raw, string defaultRegion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultRegion);
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Unknown(text);
        }

        try
        {
            var candidate = StripUriScheme(text);
            var parsed = Util.Parse(candidate, defaultRegion.ToUpperInvariant());
            return Util.IsPossibleNumber(parsed)
                ? new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164), text)
                : Unknown(text);
        }
        catch (NumberParseException)
        {
            return Unknown(text);
        }
    }

    /// <summary>Restores a number read back from storage without parsing it again.</summary>
    public static PhoneNumber FromStored(string? e164, string raw) => new(e164, raw);

    /// <summary>The number for people: international format when known, else "unknown number".</summary>
    public string Display => E164 is null
        ? "unknown number"
        : Util.Format(Util.Parse(E164, null), PhoneNumberFormat.INTERNATIONAL);

    /// <summary>A tel: URI for one-tap calling, when the number is known.</summary>
    public Uri? TelUri => E164 is null ? null : new Uri("tel:" + E164);

    public override string ToString() => E164 ?? "unknown number";

    // Teams and Exchange hand numbers over as tel: or sip: URIs; libphonenumber wants the digits.
    private static string StripUriScheme(string text)
    {
        foreach (var scheme in new[] { "tel:", "sip:" })
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[scheme.Length..];
                var at = rest.IndexOf('@', StringComparison.Ordinal);
                var semicolon = rest.IndexOf(';', StringComparison.Ordinal);
                var end = new[] { at, semicolon }.Where(i => i >= 0).DefaultIfEmpty(rest.Length).Min();
                return rest[..end];
            }
        }

        return text;
    }
}
