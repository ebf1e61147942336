namespace GraphCallback.GraphEmulator.Identity;

/// <summary>Everything that goes into one access token.</summary>
public sealed record TokenSpec
{
    /// <summary>The token's format; v1.0 and v2.0 differ in issuer, audience and claim names.</summary>
    public required AccessTokenVersion Version { get; init; }

    public required string Issuer { get; init; }

    public required string Audience { get; init; }

    public required string TenantId { get; init; }

    public required string ObjectId { get; init; }

    public required string ClientId { get; init; }

    public string? PreferredUsername { get; init; }

    public string? Name { get; init; }

    /// <summary>Delegated scopes (scp); empty for an app token.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Application roles (roles); empty for a user token.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public TokenDefect Defect { get; init; }
}
