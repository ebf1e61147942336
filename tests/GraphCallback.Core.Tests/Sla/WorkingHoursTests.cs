using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Sla;
using static GraphCallback.Core.Tests.Sla.Zones;

namespace GraphCallback.Core.Tests.Sla;

public class WorkingHoursTests
{
    private static readonly WorkingHours WeekOff = WorkingHours.Default(London)
        .WithTimeOff([new TimeRange(At("2026-06-08T00:00:00+01:00"), At("2026-06-10T12:00:00+01:00"))]);

    [Theory]
    [InlineData("2026-06-05", true)]  // Friday before
    [InlineData("2026-06-06", false)] // Saturday
    [InlineData("2026-06-08", false)] // Monday, covered
    [InlineData("2026-06-09", false)] // Tuesday, covered
    [InlineData("2026-06-10", true)]  // Wednesday, back at noon: partly covered still works
    [InlineData("2026-06-11", true)]  // Thursday
    public void A_day_is_off_when_it_is_outside_the_week_or_entirely_inside_time_off(string date, bool working)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(working, WeekOff.IsWorkingDay(day));
        Assert.Equal(working, WeekOff.On(day) is not null);
    }

    [Fact]
    public void Working_hours_have_no_time_off_unless_given()
    {
        var hours = WorkingHours.Default(London);

        Assert.Empty(hours.TimeOff);
        Assert.True(hours.IsWorkingDay(new DateOnly(2026, 6, 8)));
    }

    [Fact]
    public void Time_off_is_sorted_and_merged_and_empty_ranges_are_dropped()
    {
        var hours = WorkingHours.Default(London) with
        {
            TimeOff =
            [
                new TimeRange(At("2026-06-10T00:00:00Z"), At("2026-06-12T00:00:00Z")),
                new TimeRange(At("2026-06-01T00:00:00Z"), At("2026-06-01T00:00:00Z")),
                new TimeRange(At("2026-06-08T00:00:00Z"), At("2026-06-10T00:00:00Z")),
                new TimeRange(At("2026-07-01T00:00:00Z"), At("2026-07-02T00:00:00Z")),
            ],
        };

        Assert.Equal(
            [
                new TimeRange(At("2026-06-08T00:00:00Z"), At("2026-06-12T00:00:00Z")),
                new TimeRange(At("2026-07-01T00:00:00Z"), At("2026-07-02T00:00:00Z")),
            ],
            hours.TimeOff);
    }

    [Fact]
    public void Time_off_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TimeRange(At("2026-06-10T00:00:00Z"), At("2026-06-09T00:00:00Z")));
    }

    [Fact]
    public void The_next_working_moment_skips_days_covered_by_time_off()
    {
        Assert.Equal(At("2026-06-10T08:00:00+01:00"), WeekOff.NextWorkingMoment(At("2026-06-05T17:30:00+01:00")));
        Assert.Equal(At("2026-06-10T09:00:00+01:00"), WeekOff.NextWorkingMoment(At("2026-06-10T09:00:00+01:00")));
    }

    [Fact]
    public void Counting_over_working_days_skips_days_off_and_refuses_a_negative_span()
    {
        var hours = WorkingHours.Default(London);

        Assert.Equal(At("2026-06-08T10:00:00+01:00"), hours.AddOverWorkingDays(At("2026-06-05T10:00:00+01:00"), TimeSpan.FromHours(24)));
        Assert.Equal(At("2026-06-08T10:00:00+01:00"), hours.AddOverWorkingDays(At("2026-06-06T10:00:00+01:00"), TimeSpan.FromHours(10)));
        Assert.Equal(At("2026-06-06T00:00:00+01:00"), hours.AddOverWorkingDays(At("2026-06-05T23:00:00+01:00"), TimeSpan.FromHours(1)));
        Assert.Equal(At("2026-06-06T10:00:00+01:00"), hours.AddOverWorkingDays(At("2026-06-06T10:00:00+01:00"), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => hours.AddOverWorkingDays(At("2026-06-05T10:00:00+01:00"), TimeSpan.FromHours(-1)));
    }
}
