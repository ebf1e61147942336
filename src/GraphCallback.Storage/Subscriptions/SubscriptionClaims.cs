using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace GraphCallback.Storage.Subscriptions;

/// <summary>
/// Who is subscribing to a resource right now: a lease row per tenant and resource, taken with an
/// insert (one winner across instances) and taken over only when it has expired, with its ETag.
/// Graph allows one subscription per app, resource and change type, so two connects that both
/// create would get a 409, and the loser's clean-up would delete the winner's subscription.
/// </summary>
public sealed class SubscriptionClaims
{
    public const string DefaultTableName = "subscriptionclaims";

    private readonly TableClient _table;

    public SubscriptionClaims(TableServiceClient service, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Claims <paramref name="resource"/> of <paramref name="tenantId"/> until <paramref name="now"/> + <paramref name="lease"/>.</summary>
    /// <returns>The claim, or null while someone else's has not expired.</returns>
    public async Task<SubscriptionClaim?> TryClaimAsync(string tenantId, string resource, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        var entity = new TableEntity(tenantId, KeyOf(resource)) { ["Until"] = now + lease };
        try
        {
            var added = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return new SubscriptionClaim(tenantId, entity.RowKey, added.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await TakeOverExpiredAsync(entity, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gives the claim up; one already taken over by someone else stays theirs.</summary>
    public async Task ReleaseAsync(SubscriptionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            await _table.DeleteEntityAsync(claim.TenantId, claim.Key, claim.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or expired and taken over: nothing of ours to release.
        }
    }

    // A claim left by a crashed instance expires; the first to replace it with its ETag wins.
    private async Task<SubscriptionClaim?> TakeOverExpiredAsync(TableEntity entity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await _table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!current.HasValue || current.Value!.GetDateTimeOffset("Until") > now)
        {
            return null;
        }

        try
        {
            var replaced = await _table.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new SubscriptionClaim(entity.PartitionKey, entity.RowKey, replaced.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    // Resources hold '/' and quotes, which row keys may not: a hash names the resource instead.
    private static string KeyOf(string resource) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(resource.ToUpperInvariant())));
}
