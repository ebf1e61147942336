using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Sla;
using static GraphCallback.Core.Tests.Sla.Zones;

namespace GraphCallback.Core.Tests.Sla;

public class SlaPolicyTests
{
    private readonly SlaPolicy _policy = SlaPolicy.Default;

    [Fact]
    public void A_call_in_working_hours_is_due_24_hours_later_and_escalates_at_48()
    {
        var deadline = _policy.DeadlineFor(At("2026-06-10T11:15:00+02:00"), NineToFive(Berlin));

        Assert.Equal(At("2026-06-10T11:15:00+02:00"), deadline.ClockStartsAt);
        Assert.Equal(At("2026-06-11T11:15:00+02:00"), deadline.DueAt);
        Assert.Equal(At("2026-06-12T11:15:00+02:00"), deadline.EscalatesAt);
    }

    [Fact]
    public void Friday_evening_in_Berlin_before_the_spring_change_starts_the_clock_on_Monday_at_nine_summer_time()
    {
        // DST began in the EU on Sunday 29 March 2026: Monday 09:00 is 07:00 UTC, not 08:00.
        var deadline = _policy.DeadlineFor(At("2026-03-27T19:00:00+01:00"), NineToFive(Berlin));

        Assert.Equal(At("2026-03-30T07:00:00Z"), deadline.ClockStartsAt);
        Assert.Equal(At("2026-03-31T07:00:00Z"), deadline.DueAt);
        Assert.Equal(At("2026-04-01T07:00:00Z"), deadline.EscalatesAt);
    }

    [Fact]
    public void Friday_evening_in_New_York_before_the_spring_change_starts_the_clock_on_Monday_at_nine_daylight_time()
    {
        // US DST began on Sunday 8 March 2026: Monday 09:00 EDT is 13:00 UTC.
        var deadline = _policy.DeadlineFor(At("2026-03-06T18:30:00-05:00"), NineToFive(NewYork));

        Assert.Equal(At("2026-03-09T13:00:00Z"), deadline.ClockStartsAt);
        Assert.Equal(At("2026-03-10T13:00:00Z"), deadline.DueAt);
    }

    [Fact]
    public void Friday_evening_before_the_autumn_change_starts_on_Monday_at_nine_standard_time_in_both_zones()
    {
        var berlin = _policy.DeadlineFor(At("2026-10-23T20:00:00+02:00"), NineToFive(Berlin));
        var newYork = _policy.DeadlineFor(At("2026-10-30T20:00:00-04:00"), NineToFive(NewYork));

        Assert.Equal(At("2026-10-26T08:00:00Z"), berlin.ClockStartsAt);
        Assert.Equal(At("2026-10-27T08:00:00Z"), berlin.DueAt);
        Assert.Equal(At("2026-11-02T14:00:00Z"), newYork.ClockStartsAt);
        Assert.Equal(At("2026-11-03T14:00:00Z"), newYork.DueAt);
    }

    [Fact]
    public void The_24_hours_are_wall_clock_hours_so_a_deadline_across_the_change_keeps_its_local_time()
    {
        // Someone who works weekends: a Saturday 10:00 call is due Sunday 10:00 local, only 23 elapsed hours later.
        var everyDay = new WorkingHours(Enum.GetValues<DayOfWeek>(), new TimeOnly(9, 0), new TimeOnly(17, 0), Berlin);

        var spring = _policy.DeadlineFor(At("2026-03-28T10:00:00+01:00"), everyDay);
        var autumn = _policy.DeadlineFor(At("2026-10-24T10:00:00+02:00"), everyDay);

        Assert.Equal(At("2026-03-29T10:00:00+02:00"), spring.DueAt);
        Assert.Equal(TimeSpan.FromHours(23), spring.DueAt - spring.ClockStartsAt);
        Assert.Equal(At("2026-10-25T10:00:00+01:00"), autumn.DueAt);
        Assert.Equal(TimeSpan.FromHours(25), autumn.DueAt - autumn.ClockStartsAt);
    }

    [Theory]
    // London, Monday to Friday 08:00-17:00: the weekend does not count.
    [InlineData("Europe/London", "Mon-Fri", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-08T16:30:00+01:00", "2026-06-09T16:30:00+01:00")]
    [InlineData("Europe/London", "Mon-Fri", "2026-06-06T11:00:00+01:00", "2026-06-08T08:00:00+01:00", "2026-06-09T08:00:00+01:00", "2026-06-10T08:00:00+01:00")]
    [InlineData("Europe/London", "Mon-Fri", "2026-06-09T10:00:00+01:00", "2026-06-09T10:00:00+01:00", "2026-06-10T10:00:00+01:00", "2026-06-11T10:00:00+01:00")]
    [InlineData("Europe/London", "Mon-Fri", "2026-06-11T16:00:00+01:00", "2026-06-11T16:00:00+01:00", "2026-06-12T16:00:00+01:00", "2026-06-15T16:00:00+01:00")]
    [InlineData("Europe/London", "Mon-Fri", "2026-06-05T17:00:00+01:00", "2026-06-08T08:00:00+01:00", "2026-06-09T08:00:00+01:00", "2026-06-10T08:00:00+01:00")]
    [InlineData("Europe/London", "Mon-Fri", "2026-06-08T06:00:00+01:00", "2026-06-08T08:00:00+01:00", "2026-06-09T08:00:00+01:00", "2026-06-10T08:00:00+01:00")]
    // The UK spring change (Sunday 29 March 2026): a Friday GMT call is due Monday at the same local time, in BST.
    [InlineData("Europe/London", "Mon-Fri", "2026-03-27T16:30:00+00:00", "2026-03-27T16:30:00+00:00", "2026-03-30T16:30:00+01:00", "2026-03-31T16:30:00+01:00")]
    [InlineData("Europe/London", "Mon-Fri", "2026-03-28T09:00:00+00:00", "2026-03-30T08:00:00+01:00", "2026-03-31T08:00:00+01:00", "2026-04-01T08:00:00+01:00")]
    // The UK autumn change (Sunday 25 October 2026).
    [InlineData("Europe/London", "Mon-Fri", "2026-10-23T16:30:00+01:00", "2026-10-23T16:30:00+01:00", "2026-10-26T16:30:00+00:00", "2026-10-27T16:30:00+00:00")]
    // The US spring change (Sunday 8 March 2026).
    [InlineData("America/New_York", "Mon-Fri", "2026-03-06T16:30:00-05:00", "2026-03-06T16:30:00-05:00", "2026-03-09T16:30:00-04:00", "2026-03-10T16:30:00-04:00")]
    [InlineData("America/New_York", "Mon-Fri", "2026-03-07T12:00:00-05:00", "2026-03-09T08:00:00-04:00", "2026-03-10T08:00:00-04:00", "2026-03-11T08:00:00-04:00")]
    [InlineData("America/New_York", "Mon-Fri", "2026-03-05T16:00:00-05:00", "2026-03-05T16:00:00-05:00", "2026-03-06T16:00:00-05:00", "2026-03-09T16:00:00-04:00")]
    // A Sunday-to-Thursday week: Friday and Saturday do not count.
    [InlineData("Asia/Jerusalem", "Sun-Thu", "2026-06-11T15:00:00+03:00", "2026-06-11T15:00:00+03:00", "2026-06-14T15:00:00+03:00", "2026-06-15T15:00:00+03:00")]
    [InlineData("Asia/Jerusalem", "Sun-Thu", "2026-06-12T10:00:00+03:00", "2026-06-14T08:00:00+03:00", "2026-06-15T08:00:00+03:00", "2026-06-16T08:00:00+03:00")]
    [InlineData("Asia/Jerusalem", "Sun-Thu", "2026-06-10T10:00:00+03:00", "2026-06-10T10:00:00+03:00", "2026-06-11T10:00:00+03:00", "2026-06-14T10:00:00+03:00")]
    [InlineData("Asia/Jerusalem", "Sun-Thu", "2026-06-14T10:00:00+03:00", "2026-06-14T10:00:00+03:00", "2026-06-15T10:00:00+03:00", "2026-06-16T10:00:00+03:00")]
    public void The_24_and_48_hours_count_only_working_days(string zoneId, string week, string call, string clockStarts, string due, string escalates)
    {
        var hours = EightToFive(zoneId, week);

        var deadline = _policy.DeadlineFor(At(call), hours);

        AssertAt(clockStarts, deadline.ClockStartsAt, hours.Zone);
        AssertAt(due, deadline.DueAt, hours.Zone);
        AssertAt(escalates, deadline.EscalatesAt, hours.Zone);
    }

    [Theory]
    // A week off (Monday 00:00 to Saturday 00:00): a call the Friday before is due the Monday after.
    [InlineData("2026-06-08T00:00:00+01:00", "2026-06-13T00:00:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-15T16:30:00+01:00", "2026-06-16T16:30:00+01:00")]
    [InlineData("2026-06-08T00:00:00+01:00", "2026-06-13T00:00:00+01:00", "2026-06-10T11:00:00+01:00", "2026-06-15T08:00:00+01:00", "2026-06-16T08:00:00+01:00", "2026-06-17T08:00:00+01:00")]
    // Back at noon on Wednesday: Wednesday is only partly covered, so it counts.
    [InlineData("2026-06-08T00:00:00+01:00", "2026-06-10T12:00:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-10T16:30:00+01:00", "2026-06-11T16:30:00+01:00")]
    // Away from noon on Monday: Monday counts, Tuesday to Friday do not.
    [InlineData("2026-06-08T12:00:00+01:00", "2026-06-13T00:00:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-08T16:30:00+01:00", "2026-06-15T16:30:00+01:00")]
    // Exactly Monday's working hours are covered: Monday is a day off; a minute less and it is not.
    [InlineData("2026-06-08T08:00:00+01:00", "2026-06-08T17:00:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-09T16:30:00+01:00", "2026-06-10T16:30:00+01:00")]
    [InlineData("2026-06-08T08:01:00+01:00", "2026-06-08T17:00:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-08T16:30:00+01:00", "2026-06-09T16:30:00+01:00")]
    // Away over the weekend only: nothing changes.
    [InlineData("2026-06-06T00:00:00+01:00", "2026-06-08T00:00:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-05T16:30:00+01:00", "2026-06-08T16:30:00+01:00", "2026-06-09T16:30:00+01:00")]
    // Three months away: the clock starts on the first morning back, far beyond a week ahead.
    [InlineData("2026-07-01T00:00:00+01:00", "2026-10-01T00:00:00+01:00", "2026-07-01T10:00:00+01:00", "2026-10-01T08:00:00+01:00", "2026-10-02T08:00:00+01:00", "2026-10-05T08:00:00+01:00")]
    public void Days_entirely_covered_by_scheduled_time_off_do_not_count(string offFrom, string offTo, string call, string clockStarts, string due, string escalates)
    {
        var hours = WorkingHours.Default(London).WithTimeOff([new TimeRange(At(offFrom), At(offTo))]);

        var deadline = _policy.DeadlineFor(At(call), hours);

        AssertAt(clockStarts, deadline.ClockStartsAt, London);
        AssertAt(due, deadline.DueAt, London);
        AssertAt(escalates, deadline.EscalatesAt, London);
    }

    [Fact]
    public void Two_absences_that_meet_cover_the_day_they_meet_on()
    {
        var hours = WorkingHours.Default(London)
            .WithTimeOff([new TimeRange(At("2026-06-08T00:00:00+01:00"), At("2026-06-10T12:00:00+01:00"))])
            .WithTimeOff([new TimeRange(At("2026-06-10T12:00:00+01:00"), At("2026-06-13T00:00:00+01:00"))]);

        var deadline = _policy.DeadlineFor(At("2026-06-05T16:30:00+01:00"), hours);

        Assert.Single(hours.TimeOff);
        Assert.Equal(At("2026-06-15T16:30:00+01:00"), deadline.DueAt);
    }

    [Fact]
    public void Without_any_working_day_the_clock_starts_at_the_call_and_counts_plain_wall_clock_hours()
    {
        var noDays = new WorkingHours([], new TimeOnly(8, 0), new TimeOnly(17, 0), London);
        var awayForYears = WorkingHours.Default(London)
            .WithTimeOff([new TimeRange(At("2026-06-08T00:00:00+01:00"), At("2028-01-01T00:00:00+00:00"))]);

        var never = _policy.DeadlineFor(At("2026-03-27T16:30:00+00:00"), noDays);
        var away = _policy.DeadlineFor(At("2026-06-10T11:00:00+01:00"), awayForYears);

        Assert.Equal(At("2026-03-27T16:30:00+00:00"), never.ClockStartsAt);
        AssertAt("2026-03-28T16:30:00+00:00", never.DueAt, London);
        AssertAt("2026-03-29T16:30:00+01:00", never.EscalatesAt, London);
        Assert.Equal(At("2026-06-10T11:00:00+01:00"), away.ClockStartsAt);
        AssertAt("2026-06-11T11:00:00+01:00", away.DueAt, London);
        AssertAt("2026-06-12T11:00:00+01:00", away.EscalatesAt, London);
    }

    [Fact]
    public void Hours_left_before_more_than_a_year_off_count_from_the_first_day_off_and_escalation_stays_after_due()
    {
        // Friday 16:30 counts 7.5 h; then the weekend runs into the absence, so the other 16.5 h
        // (and 40.5 h) are plain wall-clock hours from Saturday 00:00.
        var hours = WorkingHours.Default(London)
            .WithTimeOff([new TimeRange(At("2026-06-08T00:00:00+01:00"), At("2028-01-01T00:00:00+00:00"))]);

        var deadline = _policy.DeadlineFor(At("2026-06-05T16:30:00+01:00"), hours);

        Assert.Equal(At("2026-06-05T16:30:00+01:00"), deadline.ClockStartsAt);
        AssertAt("2026-06-06T16:30:00+01:00", deadline.DueAt, London);
        AssertAt("2026-06-07T16:30:00+01:00", deadline.EscalatesAt, London);
    }

    [Fact]
    public void A_call_on_a_day_off_starts_the_clock_at_the_next_working_morning()
    {
        var sunday = _policy.DeadlineFor(At("2026-06-14T12:00:00+02:00"), NineToFive(Berlin));

        Assert.Equal(At("2026-06-15T09:00:00+02:00"), sunday.ClockStartsAt);
        Assert.Equal(At("2026-06-16T09:00:00+02:00"), sunday.DueAt);
    }

    [Fact]
    public void A_call_before_opening_starts_the_clock_at_opening_the_same_day()
    {
        var early = _policy.DeadlineFor(At("2026-06-10T07:45:00+02:00"), NineToFive(Berlin));

        Assert.Equal(At("2026-06-10T09:00:00+02:00"), early.ClockStartsAt);
    }

    [Fact]
    public void A_call_exactly_at_closing_time_waits_for_the_next_working_day()
    {
        var closing = _policy.DeadlineFor(At("2026-06-12T17:00:00+02:00"), NineToFive(Berlin));

        Assert.Equal(At("2026-06-15T09:00:00+02:00"), closing.ClockStartsAt);
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Eastern Standard Time", "America/New_York")]
    public void Windows_time_zone_ids_give_the_same_deadlines_as_their_IANA_twins(string windowsId, string ianaId)
    {
        var call = At("2026-03-27T23:30:00Z");

        var viaWindows = _policy.DeadlineFor(call, NineToFive(UserTimeZone.Find(windowsId)));
        var viaIana = _policy.DeadlineFor(call, NineToFive(UserTimeZone.Find(ianaId)));

        Assert.Equal(viaIana, viaWindows);
    }

    [Fact]
    public void Response_and_escalation_times_are_configurable()
    {
        var policy = new SlaPolicy(TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(1));

        var deadline = policy.DeadlineFor(At("2026-06-10T10:00:00+02:00"), NineToFive(Berlin));

        Assert.Equal(At("2026-06-10T14:00:00+02:00"), deadline.DueAt);
        Assert.Equal(At("2026-06-10T18:00:00+02:00"), deadline.EscalatesAt);
    }

    [Theory]
    [InlineData(0, 48, 2)]
    [InlineData(24, 12, 2)]
    [InlineData(24, 48, 25)]
    public void An_inconsistent_policy_is_refused(int response, int escalation, int dueSoon)
    {
        Assert.ThrowsAny<ArgumentException>(() =>
            new SlaPolicy(TimeSpan.FromHours(response), TimeSpan.FromHours(escalation), TimeSpan.FromHours(dueSoon)));
    }

    [Theory]
    [InlineData("2026-06-11T08:59:00+02:00", SlaState.OnTrack)]
    [InlineData("2026-06-11T09:00:00+02:00", SlaState.DueSoon)]
    [InlineData("2026-06-11T10:59:59+02:00", SlaState.DueSoon)]
    [InlineData("2026-06-11T11:00:00+02:00", SlaState.Overdue)]
    [InlineData("2026-06-12T11:00:00+02:00", SlaState.Escalated)]
    public void The_state_follows_the_clock(string now, SlaState expected)
    {
        var deadline = _policy.DeadlineFor(At("2026-06-10T11:00:00+02:00"), NineToFive(Berlin));

        Assert.Equal(expected, _policy.StateAt(deadline, At(now)));
    }

    /// <summary>The instant is <paramref name="expected"/>, and the offset written there is the zone's own, so the local time reads as written.</summary>
    private static void AssertAt(string expected, DateTimeOffset actual, TimeZoneInfo zone)
    {
        Assert.Equal(At(expected), actual);
        Assert.Equal(At(expected).Offset, zone.GetUtcOffset(actual));
    }
}
