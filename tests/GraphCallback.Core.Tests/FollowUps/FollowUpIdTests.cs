using GraphCallback.Core.FollowUps;
using Microsoft.Extensions.Time.Testing;

namespace GraphCallback.Core.Tests.FollowUps;

public class FollowUpIdTests
{
    [Fact]
    public void Ids_round_trip_through_text_and_sort_by_creation_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var first = FollowUpId.New(time);
        time.Advance(TimeSpan.FromSeconds(1));
        var second = FollowUpId.New(time);

        Assert.Equal(first, FollowUpId.Parse(first.ToString()));
        Assert.True(string.CompareOrdinal(first.ToString(), second.ToString()) < 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("0190b4d2-7c1e-7000-8000-000000000000")]
    public void Malformed_ids_are_refused(string text)
    {
        Assert.False(FollowUpId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => FollowUpId.Parse(text));
    }
}
