namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// Control API body for minting a token. With User set it is a delegated token (scp), else an app
/// token (roles). Audience defaults to Graph; Scopes is space-separated as in scp.
/// </summary>
public sealed record MintTokenRequest
{
    public string? User { get; init; }

    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    public string? Audience { get; init; }

    /// <summary>
    /// Mints this version with Audience taken as given, as if the resource were registered so; by
    /// default the resource's registration decides the version and the aud, as in Entra ID.
    /// </summary>
    public AccessTokenVersion? Version { get; init; }

    public string? Scopes { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public int? LifetimeMinutes { get; init; }

    public TokenDefect Defect { get; init; }
}
