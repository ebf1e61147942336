namespace GraphCallback.GraphEmulator.Scenarios;

/// <summary>A seed for the emulator: one tenant, its apps and users with everything in their mailboxes.</summary>
public sealed record Scenario
{
    public required ScenarioTenant Tenant { get; init; }

    public IReadOnlyList<ScenarioApp> Apps { get; init; } = [];

    public IReadOnlyList<ScenarioUser> Users { get; init; } = [];
}

/// <summary>The tenant: a GUID id (change notifications carry it as tenantId) and its default domain.</summary>
public sealed record ScenarioTenant(string Id, string DisplayName, string Domain);

/// <summary>An app registration; a secret makes the token endpoint check it, redirect URIs allow browser sign-in.</summary>
public sealed record ScenarioApp(string ClientId, string? ClientSecret, string DisplayName, IReadOnlyList<string>? Roles, IReadOnlyList<string>? DelegatedScopes)
{
    public IReadOnlyList<string>? RedirectUris { get; init; }

    /// <summary>api.requestedAccessTokenVersion of the registration; null gives v1.0 tokens, as in Entra ID.</summary>
    public int? RequestedAccessTokenVersion { get; init; }
}
