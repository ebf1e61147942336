namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Tenants and their users, thread-safe; users resolve by object id or userPrincipalName as on Graph.</summary>
public sealed class TenantRegistry : IResettable
{
    /// <summary>The tenant an empty emulator starts with, so anonymous calls always have one.</summary>
    public static readonly EmulatedTenant FallbackTenant = new("8f0c4a8e-6a1c-4b8e-9d3c-2b6f1e0a7c11", "Emulated tenant", "contoso.example");

    private readonly Lock _gate = new();
    private readonly Dictionary<string, EmulatedTenant> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EmulatedUser> _users = new(StringComparer.OrdinalIgnoreCase);

    public TenantRegistry() => Reset();

    public string DefaultTenantId { get; private set; } = FallbackTenant.Id;

    public void Reset()
    {
        lock (_gate)
        {
            _tenants.Clear();
            _users.Clear();
            _tenants[FallbackTenant.Id] = FallbackTenant;
            DefaultTenantId = FallbackTenant.Id;
        }
    }

    /// <summary>Adds or replaces a tenant; the first one added after a reset becomes the default.</summary>
    public void AddTenant(EmulatedTenant tenant, bool makeDefault)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (_gate)
        {
            _tenants[tenant.Id] = tenant;
            if (makeDefault)
            {
                DefaultTenantId = tenant.Id;
            }
        }
    }

    public EmulatedTenant? FindTenant(string idOrDomain)
    {
        lock (_gate)
        {
            return _tenants.GetValueOrDefault(idOrDomain)
                ?? _tenants.Values.FirstOrDefault(t => t.Domain.Equals(idOrDomain, StringComparison.OrdinalIgnoreCase));
        }
    }

    public void AddUser(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_gate)
        {
            _users[user.Id] = user;
        }
    }

    public EmulatedUser? FindUser(string tenantId, string idOrUpn)
    {
        lock (_gate)
        {
            var user = _users.GetValueOrDefault(idOrUpn)
                ?? _users.Values.FirstOrDefault(u => u.UserPrincipalName.Equals(idOrUpn, StringComparison.OrdinalIgnoreCase));
            return user is not null && user.TenantId.Equals(tenantId, StringComparison.OrdinalIgnoreCase) ? user : null;
        }
    }

    /// <summary>Finds a user in any tenant: for the control API, which is not scoped by a token.</summary>
    public EmulatedUser? FindUserAnywhere(string idOrUpn)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(idOrUpn)
                ?? _users.Values.FirstOrDefault(u => u.UserPrincipalName.Equals(idOrUpn, StringComparison.OrdinalIgnoreCase));
        }
    }

    public IReadOnlyList<EmulatedUser> Users(string tenantId)
    {
        lock (_gate)
        {
            return _users.Values.Where(u => u.TenantId.Equals(tenantId, StringComparison.OrdinalIgnoreCase))
                .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    /// <summary>
    /// Resolves the {user} route value in the caller's tenant; unknown users answer 404 the way
    /// Graph's directory does.
    /// </summary>
    public EmulatedUser Resolve(HttpContext context, string idOrUpn)
    {
        ArgumentNullException.ThrowIfNull(context);
        return FindUser(context.Caller().TenantId, idOrUpn)
            ?? throw GraphErrorException.NotFound(
                $"Resource '{idOrUpn}' does not exist or one of its queried reference-property objects are not present.",
                "Request_ResourceNotFound");
    }
}
