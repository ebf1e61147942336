using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Subscriptions;

/// <summary>
/// Subscriptions in their own table, keyed by Graph's subscription id alone, so the webhook finds
/// a notification's owner with one point read and never a scan.
/// </summary>
public sealed class SubscriptionStore
{
    public const string DefaultTableName = "subscriptions";

    private readonly TableClient _table;

    public SubscriptionStore(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    /// <summary>A fresh clientState: 32 random bytes, well inside Graph's 128-character limit.</summary>
    public static string NewClientState() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether a notification's clientState is the one stored, compared in constant time.</summary>
    public static bool ClientStateMatches(SubscriptionRecord record, string? clientState)
    {
        ArgumentNullException.ThrowIfNull(record);
        return clientState is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(record.ClientState), Encoding.UTF8.GetBytes(clientState));
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    public async Task SaveAsync(SubscriptionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _table.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SubscriptionRecord?> FindAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(subscriptionId) || !IsSafeKey(subscriptionId))
        {
            return null;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(subscriptionId, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task DeleteAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.DeleteEntityAsync(subscriptionId, string.Empty, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: deleting is idempotent.
        }
    }

    /// <summary>Subscriptions that expire before <paramref name="before"/>: the renewal timer's work list.</summary>
    public async Task<IReadOnlyList<SubscriptionRecord>> ExpiringAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var records = new List<SubscriptionRecord>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ExpiresAt lt {before}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromEntity(entity));
        }

        return records;
    }

    /// <summary>The subscriptions of one user (or, with null, the tenant-wide ones of a tenant).</summary>
    public async Task<IReadOnlyList<SubscriptionRecord>> OwnedByAsync(string tenantId, UserKey? owner, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"TenantId eq {tenantId} and Owner eq {owner?.PartitionKey ?? string.Empty}");
        var records = new List<SubscriptionRecord>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromEntity(entity));
        }

        return records;
    }

    // Graph subscription ids are GUIDs; anything with characters a key cannot hold is not ours.
    private static bool IsSafeKey(string id) => id.Length <= 255 && !id.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    private static TableEntity ToEntity(SubscriptionRecord r) => new(r.Id, string.Empty)
    {
        ["Owner"] = r.Owner?.PartitionKey ?? string.Empty,
        ["TenantId"] = r.TenantId,
        ["Resource"] = r.Resource,
        ["Purpose"] = r.Purpose.ToString(),
        ["ClientState"] = r.ClientState,
        ["ExpiresAt"] = r.ExpiresAt,
    };

    private static SubscriptionRecord FromEntity(TableEntity e)
    {
        var owner = e.GetString("Owner");
        return new SubscriptionRecord(
            e.PartitionKey,
            string.IsNullOrEmpty(owner) ? null : UserKey.FromPartitionKey(owner),
            e.GetString("TenantId"),
            e.GetString("Resource"),
            Enum.Parse<SubscriptionPurpose>(e.GetString("Purpose")),
            e.GetString("ClientState"),
            e.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue);
    }
}
