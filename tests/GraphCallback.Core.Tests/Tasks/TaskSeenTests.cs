using GraphCallback.Core.Tasks;
using GraphCallback.Core.Tests.FollowUps;

namespace GraphCallback.Core.Tests.Tasks;

/// <summary>Whether two readings of a task say the same to the user: completion, and the due's day in their zone.</summary>
public sealed class TaskSeenTests
{
    private static readonly TimeZoneInfo Zone = Build.Hours.Zone;

    [Fact]
    public void A_deadline_we_wrote_is_the_same_as_midnight_of_its_day_as_To_Do_answers_it()
    {
        var written = new TaskSeen(false, Build.Monday10.AddHours(6));

        Assert.True(written.SameAs(new TaskSeen(false, Build.Monday10.AddHours(-10)), Zone));
    }

    [Fact]
    public void Another_day_another_completion_a_removed_due_or_nothing_is_not_the_same()
    {
        var written = new TaskSeen(false, Build.Monday10);

        Assert.False(written.SameAs(new TaskSeen(false, Build.Monday10.AddDays(1)), Zone));
        Assert.False(written.SameAs(new TaskSeen(true, Build.Monday10), Zone));
        Assert.False(written.SameAs(new TaskSeen(false, null), Zone));
        Assert.False(written.SameAs(null, Zone));
        Assert.True(new TaskSeen(true, null).SameAs(new TaskSeen(true, null), Zone));
    }
}
