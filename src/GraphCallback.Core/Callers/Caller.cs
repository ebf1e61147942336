namespace GraphCallback.Core.Callers;

/// <summary>The person behind a call, as far as we could resolve them.</summary>
/// <param name="Number">Their number (possibly unknown).</param>
/// <param name="DisplayName">Name from contacts, directory or the voicemail itself; null when unknown.</param>
/// <param name="Company">Company name from contacts, when known.</param>
/// <param name="Kind">What the caller is to the user.</param>
/// <param name="Email">An e-mail address, when known (for the "offer e-mail instead" draft).</param>
public sealed record Caller(
    PhoneNumber Number,
    string? DisplayName = null,
    string? Company = null,
    CallerKind Kind = CallerKind.Unknown,
    string? Email = null)
{
    /// <summary>How to name the caller to the user: their name, else their number.</summary>
    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? Number.Display : DisplayName;
}
