namespace GraphCallback.Core.Users;

/// <summary>
/// A user as Entra ID names them: tenant id + object id (the token's tid and oid). Both are GUIDs,
/// which also makes the key safe to use as a Table Storage partition key.
/// </summary>
public sealed record UserKey
{
    public UserKey(string tenantId, string objectId)
    {
        TenantId = Normalise(tenantId, nameof(tenantId));
        ObjectId = Normalise(objectId, nameof(objectId));
    }

    public string TenantId { get; }

    public string ObjectId { get; }

    /// <summary>"{tenantId}_{objectId}": one storage partition per user.</summary>
    public string PartitionKey => $"{TenantId}_{ObjectId}";

    public static UserKey FromPartitionKey(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        var parts = partitionKey.Split('_');
        return parts.Length == 2
            ? new UserKey(parts[0], parts[1])
            : throw new FormatException("A user partition key is '{tenantId}_{objectId}'.");
    }

    public override string ToString() => PartitionKey;

    private static string Normalise(string id, string name) =>
        Guid.TryParse(id, out var guid)
            ? guid.ToString("D")
            : throw new ArgumentException("Tenant and object ids are GUIDs.", name);
}
