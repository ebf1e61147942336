using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Testing;
using static GraphCallback.Storage.Tests.FollowUps.StoreContext;

namespace GraphCallback.Storage.Tests.FollowUps;

[Collection(AzuriteCollection.Name)]
public class IngestionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_first_call_creates_a_follow_up_with_its_call_key_and_caller_index_in_one_partition()
    {
        var context = await CreateAsync(azurite);

        var result = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10, kind: CallerKind.Client), Policy);

        Assert.Equal(IntakeOutcome.Created, result.Outcome);
        var stored = await context.Store.GetAsync(context.User, result.FollowUpId);
        Assert.NotNull(stored);
        var followUp = stored.FollowUp;
        Assert.Equal("+4930111222", followUp.Caller.Number.E164);
        Assert.Equal("Ana Lima", followUp.Caller.DisplayName);
        Assert.Equal(1, followUp.Priority);
        Assert.Equal(Monday10.AddDays(1), followUp.Sla.DueAt);
        Assert.Equal("Hi, it's Ana about the contract", followUp.TranscriptExcerpt);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(followUp.Calls).Duration);
        // Call key, follow-up, caller index and the follow-up's sync intent.
        Assert.Equal(4, await context.RowCountAsync());
    }

    [Fact]
    public async Task Ingesting_the_same_source_item_again_reports_duplicate_and_changes_nothing()
    {
        var context = await CreateAsync(azurite);
        var first = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy);
        var before = await context.Store.GetAsync(context.User, first.FollowUpId);

        var again = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy);

        Assert.Equal(IntakeOutcome.Duplicate, again.Outcome);
        Assert.Equal(first.FollowUpId, again.FollowUpId);
        var after = await context.Store.GetAsync(context.User, first.FollowUpId);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(1, after.FollowUp.CallCount);
        Assert.Equal(4, await context.RowCountAsync());
    }

    [Fact]
    public async Task A_second_call_from_the_same_number_merges_and_a_call_after_resolution_reopens()
    {
        var context = await CreateAsync(azurite);
        var first = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy);

        var merged = await context.Store.IngestAsync(context.User, Call("missed-2", Monday10.AddMinutes(5), number: "030 111222"), Policy);
        await context.Store.ChangeAsync(context.User, first.FollowUpId, f => f.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(1)));
        var reopened = await context.Store.IngestAsync(context.User, Call("vm-3", Monday10.AddDays(2)), Policy);

        Assert.Equal(IntakeOutcome.Merged, merged.Outcome);
        Assert.Equal(IntakeOutcome.Reopened, reopened.Outcome);
        Assert.Equal(first.FollowUpId, reopened.FollowUpId);
        var followUp = (await context.Store.GetAsync(context.User, first.FollowUpId))!.FollowUp;
        Assert.Equal(3, followUp.CallCount);
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
        Assert.Equal(Monday10.AddDays(3), followUp.Sla.DueAt);
    }

    [Fact]
    public async Task A_batch_that_fails_leaves_nothing_behind_and_the_retry_merges_on_fresh_state()
    {
        // Two instances take the first two calls of a new caller at the same moment.
        var context = await CreateAsync(azurite);
        var a = await context.Store.PrepareIngestionAsync(context.User, Call("vm-a", Monday10), Policy);
        var b = await context.Store.PrepareIngestionAsync(context.User, Call("vm-b", Monday10.AddMinutes(1)), Policy);
        Assert.Equal(IntakeOutcome.Created, a.Result.Outcome);
        Assert.Equal(IntakeOutcome.Created, b.Result.Outcome);

        Assert.True(await context.Store.TryCommitAsync(a));
        Assert.False(await context.Store.TryCommitAsync(b));

        // B's follow-up insert would have succeeded alone; the caller index conflict failed the whole batch.
        Assert.Null(await context.Store.GetAsync(context.User, b.Result.FollowUpId));
        Assert.Equal(4, await context.RowCountAsync());

        var retried = await context.Store.IngestAsync(context.User, Call("vm-b", Monday10.AddMinutes(1)), Policy);
        Assert.Equal(IntakeOutcome.Merged, retried.Outcome);
        Assert.Equal(a.Result.FollowUpId, retried.FollowUpId);
        Assert.Equal(2, (await context.Store.GetAsync(context.User, a.Result.FollowUpId))!.FollowUp.CallCount);
        Assert.Equal(5, await context.RowCountAsync());
    }

    [Fact]
    public async Task An_ingestion_decided_on_a_stale_follow_up_is_not_written_and_the_other_change_survives()
    {
        var context = await CreateAsync(azurite);
        var first = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy);
        var prepared = await context.Store.PrepareIngestionAsync(context.User, Call("vm-2", Monday10.AddHours(1)), Policy);

        await context.Store.ChangeAsync(context.User, first.FollowUpId, f => f.LogAttempt(CallOutcome.NoAnswer, "me", Monday10.AddMinutes(30)));

        Assert.False(await context.Store.TryCommitAsync(prepared));
        var untouched = (await context.Store.GetAsync(context.User, first.FollowUpId))!.FollowUp;
        Assert.Equal(1, untouched.CallCount);
        Assert.Single(untouched.Attempts);
        Assert.Equal(4, await context.RowCountAsync());

        await context.Store.IngestAsync(context.User, Call("vm-2", Monday10.AddHours(1)), Policy);
        var both = (await context.Store.GetAsync(context.User, first.FollowUpId))!.FollowUp;
        Assert.Equal(2, both.CallCount);
        Assert.Single(both.Attempts);
    }

    [Fact]
    public async Task Concurrent_ingestions_of_many_calls_from_one_caller_all_land_in_one_follow_up()
    {
        var context = await CreateAsync(azurite);
        var calls = Enumerable.Range(1, 8).Select(i => Call($"vm-{i}", Monday10.AddMinutes(i))).ToList();

        var results = await Task.WhenAll(calls.Select(c => context.Store.IngestAsync(context.User, c, Policy)));

        var id = Assert.Single(results.Select(r => r.FollowUpId).Distinct());
        Assert.Single(results, r => r.Outcome == IntakeOutcome.Created);
        Assert.Equal(8, (await context.Store.GetAsync(context.User, id))!.FollowUp.CallCount);
    }

    [Fact]
    public async Task Calls_from_unknown_numbers_become_separate_follow_ups_without_a_caller_index()
    {
        var context = await CreateAsync(azurite);

        var one = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10, number: "Anonymous"), Policy);
        var two = await context.Store.IngestAsync(context.User, Call("vm-2", Monday10.AddMinutes(1), number: "Anonymous"), Policy);

        Assert.NotEqual(one.FollowUpId, two.FollowUpId);
        Assert.Equal(6, await context.RowCountAsync());
        Assert.Equal("Anonymous", (await context.Store.GetAsync(context.User, one.FollowUpId))!.FollowUp.Caller.Number.Raw);
    }

    [Fact]
    public async Task Users_never_see_each_others_follow_ups()
    {
        var context = await CreateAsync(azurite);
        var other = new Core.Users.UserKey(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var mine = await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy);

        Assert.Null(await context.Store.GetAsync(other, mine.FollowUpId));
        Assert.Empty(await context.Store.ListAsync(other, pendingOnly: false));
        var theirs = await context.Store.IngestAsync(other, Call("vm-1", Monday10), Policy);
        Assert.Equal(IntakeOutcome.Created, theirs.Outcome);
    }

}
