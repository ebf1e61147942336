namespace GraphCallback.Core.Callers;

/// <summary>Someone whose numbers we know: an Outlook contact of the user or a person in the tenant directory.</summary>
/// <param name="DisplayName">Their name.</param>
/// <param name="Company">Company name (contacts only).</param>
/// <param name="Categories">Outlook categories on the contact.</param>
/// <param name="Numbers">Their phone numbers as written; normalised when matched.</param>
/// <param name="Email">An e-mail address, when known.</param>
public sealed record KnownPerson(
    string? DisplayName,
    string? Company,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Numbers,
    string? Email);
