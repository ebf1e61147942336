using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Testing;
using static GraphCallback.Storage.Tests.FollowUps.StoreContext;

namespace GraphCallback.Storage.Tests.FollowUps;

/// <summary>The sync outbox written with every follow-up change, and requests made once under an Idempotency-Key.</summary>
[Collection(AzuriteCollection.Name)]
public class OutboxAndIdempotencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_follow_up_write_leaves_its_sync_intent_and_a_clear_read_before_a_newer_change_keeps_it()
    {
        var context = await CreateAsync(azurite);
        var outbox = new SyncOutbox(context.Service, context.Table.Name);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        var afterIngest = Assert.Single(await outbox.ListAsync(context.User));
        Assert.Equal(id, afterIngest.FollowUpId);

        await outbox.ClearAsync([afterIngest]);
        Assert.Empty(await outbox.ListAsync(context.User));

        await context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.NoAnswer, "me", Monday10.AddHours(1)));
        var read = Assert.Single(await outbox.ListAsync(context.User));
        context.Time.Advance(TimeSpan.FromMinutes(1));
        await context.Store.ChangeAsync(context.User, id, f => f.Dismiss("me", Monday10.AddHours(2), "spam"));

        await outbox.ClearAsync([read]);

        var kept = Assert.Single(await outbox.ListAsync(context.User));
        Assert.Equal(context.Time.GetUtcNow(), kept.RequestedAt);
        Assert.Equal([kept.FollowUpId], (await outbox.ListWaitingAsync(context.Time.GetUtcNow().AddSeconds(1))).Where(e => e.User == context.User).Select(e => e.FollowUpId));
        Assert.DoesNotContain(await outbox.ListWaitingAsync(context.Time.GetUtcNow()), e => e.User == context.User);
    }

    [Fact]
    public async Task A_change_sent_twice_under_one_key_is_made_once_and_the_second_learns_what_the_first_did()
    {
        var context = await CreateAsync(azurite);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        var request = new IdempotentRequest("key-1", IdempotentRequest.FingerprintOf("attempt", id.ToString(), "noAnswer"));

        var first = await context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.NoAnswer, "me", Monday10.AddHours(1)), request);
        var second = await context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.NoAnswer, "me", Monday10.AddHours(1)), request);

        Assert.NotNull(first.Changed);
        Assert.Null(second.Changed);
        Assert.Equal(id, second.Earlier!.FollowUpId);
        Assert.True(second.Earlier.Matches(request));
        Assert.False(second.Earlier.Matches(request with { Fingerprint = "other" }));
        Assert.Single((await context.Store.GetAsync(context.User, id))!.FollowUp.Attempts);
    }

    [Fact]
    public async Task A_stale_write_carrying_a_used_key_changes_nothing()
    {
        var context = await CreateAsync(azurite);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        var request = new IdempotentRequest("key-2", "print");
        await context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.Busy, "me", Monday10.AddHours(1)), request);
        var current = (await context.Store.GetAsync(context.User, id))!;

        current.FollowUp.LogAttempt(CallOutcome.Busy, "me", Monday10.AddHours(1));
        var written = await context.Store.TryReplaceAsync(context.User, current.FollowUp, current.ETag, request);

        Assert.False(written);
        Assert.Single((await context.Store.GetAsync(context.User, id))!.FollowUp.Attempts);
    }

    [Fact]
    public async Task A_manual_call_ingested_twice_under_one_key_is_one_call_with_the_first_outcome()
    {
        var context = await CreateAsync(azurite);
        var request = new IdempotentRequest("key-3", "print");

        var first = await context.Store.IngestAsync(context.User, Call("manual-1", Monday10), Policy, request);
        var second = await context.Store.IngestAsync(context.User, Call("manual-2", Monday10.AddMinutes(1)), Policy, request);

        Assert.Equal(IntakeOutcome.Created, first.Outcome);
        Assert.Equal(first, second);
        Assert.Single((await context.Store.GetAsync(context.User, first.FollowUpId))!.FollowUp.Calls);
    }
}
