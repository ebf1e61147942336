using GraphCallback.Core.Availability;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tests.Availability;

/// <summary>Free windows are working time minus busy time, at least 30 minutes, in the user's zone.</summary>
public sealed class FreeWindowFinderTests
{
    private static readonly TimeZoneInfo London = UserTimeZone.Find("Europe/London");
    private static readonly WorkingHours LondonWeek = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(9, 0), new TimeOnly(17, 0), London);

    [Fact]
    public void Gaps_between_meetings_shorter_than_half_an_hour_are_not_offered()
    {
        // Monday 2 February 2026, London is on GMT.
        var monday = new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);
        var busy = new[]
        {
            (At(2, 9, 0), At(2, 12, 0)),
            (At(2, 11, 0), At(2, 12, 0)),
            (At(2, 12, 15), At(2, 14, 0)),
        };

        var windows = FreeWindowFinder.Find(busy, LondonWeek, monday, days: 1);

        Assert.Equal([new FreeWindow(At(2, 14, 0), At(2, 17, 0))], windows);
        Assert.Equal("You can reach me today between 2 and 5 pm", AvailabilityPhrase.For(windows[0], London, monday));
    }

    [Fact]
    public void Nothing_is_offered_before_now_or_on_days_off()
    {
        // Friday 6 February 2026, 10:10 in London; the weekend follows.
        var friday = new DateTimeOffset(2026, 2, 6, 10, 10, 0, TimeSpan.Zero);

        var windows = FreeWindowFinder.Find([(At(6, 11, 0), At(6, 16, 45))], LondonWeek, friday, days: 4);

        Assert.Equal(
            [new FreeWindow(At(6, 10, 10), At(6, 11, 0)), new FreeWindow(At(9, 9, 0), At(9, 17, 0))],
            windows);
        Assert.Equal("You can reach me today between 10:10 and 11 am", AvailabilityPhrase.For(windows[0], London, friday));
        Assert.Equal("You can reach me Monday between 9 am and 5 pm", AvailabilityPhrase.For(windows[1], London, friday));
    }

    [Fact]
    public void On_the_spring_dst_change_the_window_is_as_long_as_the_clock_really_runs()
    {
        // Sunday 29 March 2026: London's clocks jump from 01:00 GMT to 02:00 BST.
        var everyDay = new WorkingHours(Enum.GetValues<DayOfWeek>(), new TimeOnly(0, 30), new TimeOnly(3, 30), London);
        var saturdayEvening = new DateTimeOffset(2026, 3, 28, 20, 0, 0, TimeSpan.Zero);

        var windows = FreeWindowFinder.Find([], everyDay, saturdayEvening, days: 2);

        var sunday = Assert.Single(windows);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), sunday.Start);
        Assert.Equal(TimeSpan.FromHours(2), sunday.Length);
        Assert.Equal("You can reach me tomorrow between 12:30 and 3:30 am", AvailabilityPhrase.For(sunday, London, saturdayEvening));
    }

    [Fact]
    public void Working_hours_in_a_windows_time_zone_are_read_in_that_zone()
    {
        // "W. Europe Standard Time" is Berlin: CET, UTC+1, in January.
        var berlin = UserTimeZone.Find("W. Europe Standard Time");
        var hours = new WorkingHours([DayOfWeek.Tuesday], new TimeOnly(8, 0), new TimeOnly(12, 0), berlin);
        var mondayNoonUtc = new DateTimeOffset(2026, 1, 12, 12, 0, 0, TimeSpan.Zero);
        var meeting = (new DateTimeOffset(2026, 1, 13, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 13, 9, 0, 0, TimeSpan.Zero));

        var windows = FreeWindowFinder.Find([meeting], hours, mondayNoonUtc, days: 3);

        Assert.Equal([new FreeWindow(new DateTimeOffset(2026, 1, 13, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 13, 11, 0, 0, TimeSpan.Zero))], windows);
        Assert.Equal("You can reach me tomorrow between 10 am and 12 pm", AvailabilityPhrase.For(windows[0], berlin, mondayNoonUtc));
    }

    [Fact]
    public void A_full_calendar_says_so_plainly() =>
        Assert.Equal("I will call you back as soon as I can", AvailabilityPhrase.First([], London, DateTimeOffset.UnixEpoch));

    private static DateTimeOffset At(int day, int hour, int minute) => new(2026, 2, day, hour, minute, 0, TimeSpan.Zero);
}
