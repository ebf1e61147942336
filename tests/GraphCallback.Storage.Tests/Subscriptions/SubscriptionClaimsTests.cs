using Azure.Data.Tables;
using GraphCallback.Storage.Subscriptions;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Subscriptions;

/// <summary>One claimant per tenant and resource at a time, on real Azurite; an expired claim can be taken over once.</summary>
[Collection(AzuriteCollection.Name)]
public class SubscriptionClaimsTests(AzuriteFixture azurite)
{
    private const string Resource = "communications/callRecords";
    private static readonly DateTimeOffset Now = new(2026, 6, 8, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly string _tenant = Guid.NewGuid().ToString();

    private async Task<SubscriptionClaims> ClaimsAsync()
    {
        var claims = new SubscriptionClaims(new TableServiceClient(azurite.ConnectionString), "c" + Guid.NewGuid().ToString("N"));
        await claims.CreateTableIfNotExistsAsync();
        return claims;
    }

    [Fact]
    public async Task Of_two_claimants_at_once_exactly_one_wins_and_after_its_release_the_next_may_claim()
    {
        var claims = await ClaimsAsync();

        var both = await Task.WhenAll(claims.TryClaimAsync(_tenant, Resource, Now, Lease), claims.TryClaimAsync(_tenant, Resource, Now, Lease));
        var otherResource = await claims.TryClaimAsync(_tenant, "users/x/mailFolders('inbox')/messages", Now, Lease);

        Assert.Single(both, c => c is not null);
        Assert.NotNull(otherResource);
        await claims.ReleaseAsync(both.Single(c => c is not null)!);
        Assert.NotNull(await claims.TryClaimAsync(_tenant, Resource, Now.AddSeconds(1), Lease));
    }

    [Fact]
    public async Task An_expired_claim_is_taken_over_once_and_its_old_holder_cannot_release_the_new_one()
    {
        var claims = await ClaimsAsync();
        var crashed = await claims.TryClaimAsync(_tenant, Resource, Now, Lease);

        var tooEarly = await claims.TryClaimAsync(_tenant, Resource, Now + Lease - TimeSpan.FromSeconds(1), Lease);
        var takeOvers = await Task.WhenAll(
            claims.TryClaimAsync(_tenant, Resource, Now + Lease + TimeSpan.FromSeconds(1), Lease),
            claims.TryClaimAsync(_tenant, Resource, Now + Lease + TimeSpan.FromSeconds(1), Lease));
        await claims.ReleaseAsync(crashed!);

        Assert.Null(tooEarly);
        Assert.Single(takeOvers, c => c is not null);
        Assert.Null(await claims.TryClaimAsync(_tenant, Resource, Now + Lease + TimeSpan.FromSeconds(2), Lease));
    }
}
