namespace GraphCallback.GraphEmulator.Identity;

/// <summary>An app registration: its id, secret, the application roles consented, the delegated scopes granted.</summary>
public sealed record ClientApp(string ClientId, string? ClientSecret, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> DelegatedScopes)
{
    /// <summary>The roles an unregistered app gets: everything GraphCallback asks for.</summary>
    public static readonly IReadOnlyList<string> DefaultRoles =
        ["Mail.Read", "Calendars.ReadWrite", "Tasks.ReadWrite.All", "Contacts.Read", "MailboxSettings.Read", "User.Read.All", "CallRecords.Read.All", "TeamsActivity.Send"];

    /// <summary>The delegated scopes /.default grants an unregistered app.</summary>
    public static readonly IReadOnlyList<string> DefaultScopes =
        ["Mail.Read", "Calendars.ReadWrite", "Tasks.ReadWrite", "Contacts.Read", "MailboxSettings.Read", "User.Read"];

    /// <summary>
    /// The registration's api.requestedAccessTokenVersion: 2 for v2.0 tokens; null (Entra's default)
    /// or 1 for v1.0 tokens, whatever endpoint the client used.
    /// </summary>
    public int? RequestedAccessTokenVersion { get; init; }

    /// <summary>Redirect URIs registered for sign-in in a browser (the single-page app platform).</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>The service principal object id an app token carries as oid and sub, stable per client id.</summary>
    public string ServicePrincipalId => new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ClientId)).AsSpan(0, 16)).ToString();
}
