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
}
