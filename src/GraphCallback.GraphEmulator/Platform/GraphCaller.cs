namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Who is calling a Graph route: from a valid bearer token, or anonymous in the default tenant.</summary>
public sealed record GraphCaller(string TenantId, string? ObjectId, string? ClientId, IReadOnlySet<string> Scopes, IReadOnlySet<string> Roles)
{
    /// <summary>True for a delegated (user) token, the only kind /me accepts.</summary>
    public bool IsDelegated => ObjectId is not null && Scopes.Count > 0;

    public static GraphCaller Anonymous(string tenantId) =>
        new(tenantId, null, null, new HashSet<string>(), new HashSet<string>());
}
