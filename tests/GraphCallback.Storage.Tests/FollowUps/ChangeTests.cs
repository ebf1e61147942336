using GraphCallback.Core.FollowUps;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Testing;
using static GraphCallback.Storage.Tests.FollowUps.StoreContext;

namespace GraphCallback.Storage.Tests.FollowUps;

[Collection(AzuriteCollection.Name)]
public class ChangeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_writers_racing_on_one_follow_up_both_keep_their_change()
    {
        var context = await CreateAsync(azurite);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        var bRuns = 0;

        // Writer B reads first, then writer A writes before B does: B's first write must fail on
        // the ETag and B must re-apply its change to the state that includes A's.
        await context.Store.ChangeAsync(context.User, id, followUp =>
        {
            if (++bRuns == 1)
            {
                // The change delegate is synchronous by design (the domain does no I/O); block only here, in the test.
                context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.NoAnswer, "writer-a", Monday10.AddHours(1)))
                    .GetAwaiter().GetResult();
            }

            followUp.LogAttempt(CallOutcome.LeftVoicemail, "writer-b", Monday10.AddHours(2));
        });

        var final = (await context.Store.GetAsync(context.User, id))!.FollowUp;
        Assert.Equal(2, bRuns);
        Assert.Equal(["writer-a", "writer-b"], final.Attempts.Select(a => a.Actor));
        Assert.Equal(FollowUpStatus.Attempted, final.Status);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_does_not_overwrite()
    {
        var context = await CreateAsync(azurite);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        var stale = (await context.Store.GetAsync(context.User, id))!;
        await context.Store.ChangeAsync(context.User, id, f => f.Dismiss("me", Monday10.AddHours(1), "spam"));

        stale.FollowUp.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(2));
        var written = await context.Store.TryReplaceAsync(context.User, stale.FollowUp, stale.ETag);

        Assert.False(written);
        Assert.Equal(FollowUpStatus.Dismissed, (await context.Store.GetAsync(context.User, id))!.FollowUp.Status);
    }

    [Fact]
    public async Task Changing_a_follow_up_that_does_not_exist_returns_null()
    {
        var context = await CreateAsync(azurite);

        var result = await context.Store.ChangeAsync(context.User, FollowUpId.New(context.Time), f => f.Dismiss("me", Monday10, "x"));

        Assert.Null(result);
    }

    [Fact]
    public async Task A_change_the_aggregate_refuses_writes_nothing()
    {
        var context = await CreateAsync(azurite);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        await context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(1)));
        var before = (await context.Store.GetAsync(context.User, id))!.ETag;

        await Assert.ThrowsAsync<InvalidFollowUpTransitionException>(() =>
            context.Store.ChangeAsync(context.User, id, f => f.LogAttempt(CallOutcome.Busy, "me", Monday10.AddHours(2))));

        Assert.Equal(before, (await context.Store.GetAsync(context.User, id))!.ETag);
    }

    [Fact]
    public async Task A_long_phone_tag_history_larger_than_one_table_property_round_trips()
    {
        var context = await CreateAsync(azurite);
        var id = (await context.Store.IngestAsync(context.User, Call("vm-1", Monday10), Policy)).FollowUpId;
        var note = new string('n', 900);

        await context.Store.ChangeAsync(context.User, id, f =>
        {
            for (var i = 0; i < 150; i++)
            {
                f.LogAttempt(CallOutcome.NoAnswer, "me", Monday10.AddMinutes(i), note);
            }
        });

        var final = (await context.Store.GetAsync(context.User, id))!.FollowUp;
        Assert.Equal(150, final.Attempts.Count);
        Assert.All(final.Attempts, a => Assert.Equal(note, a.Note));
    }
}
