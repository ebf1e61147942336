using GraphCallback.Core.Sla;
using static GraphCallback.Core.Tests.Sla.Zones;

namespace GraphCallback.Core.Tests.Sla;

public class WallClockTests
{
    [Fact]
    public void A_local_time_skipped_by_the_spring_change_moves_forward_by_the_gap()
    {
        var instant = WallClock.InstantOf(new DateTime(2026, 3, 29, 2, 30, 0), Berlin);

        Assert.Equal(At("2026-03-29T03:30:00+02:00"), instant);
    }

    [Fact]
    public void A_local_time_repeated_by_the_autumn_change_means_its_first_occurrence()
    {
        var instant = WallClock.InstantOf(new DateTime(2026, 10, 25, 2, 30, 0), Berlin);

        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);
        Assert.Equal(At("2026-10-25T00:30:00Z"), instant);
    }

    [Fact]
    public void Unknown_time_zone_ids_are_refused_clearly()
    {
        Assert.False(UserTimeZone.TryFind("Mars/Olympus_Mons", out _));
        var error = Assert.Throws<ArgumentException>(() => UserTimeZone.Find("Mars/Olympus_Mons"));
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_hours_that_end_before_they_start_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingHours([DayOfWeek.Monday], new TimeOnly(17, 0), new TimeOnly(9, 0), Berlin));
    }
}
