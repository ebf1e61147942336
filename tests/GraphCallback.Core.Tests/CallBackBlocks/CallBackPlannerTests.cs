using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Settings;

namespace GraphCallback.Core.Tests.CallBackBlocks;

public class CallBackPlannerTests
{
    private static readonly DateOnly Tuesday = new(2026, 6, 9);
    private static readonly PlannerDays Berlin = new("Europe/Berlin");

    [Theory]
    [InlineData(1, 15)]
    [InlineData(3, 15)]
    [InlineData(4, 30)]
    [InlineData(5, 30)]
    [InlineData(8, 45)]
    [InlineData(40, 60)]
    public void A_block_is_four_minutes_a_call_rounded_up_to_a_quarter_between_15_and_60(int calls, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), BlockLength.For(calls, UserSettings.Default));
    }

    [Fact]
    public void Five_calls_book_thirty_minutes_at_the_start_of_the_window()
    {
        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 5));

        Assert.Equal(PlanAction.Create, plan.Action);
        Assert.Equal(Berlin.Local(Tuesday, "16:00", "16:30"), plan.Time);
        Assert.Equal(5, plan.Calls);
    }

    [Fact]
    public void Back_to_back_meetings_push_the_block_to_the_first_free_slot_of_its_length()
    {
        var busy = new[] { Berlin.Local(Tuesday, "15:30", "16:15"), Berlin.Local(Tuesday, "16:15", "16:30") };

        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 5, busy: busy));

        Assert.Equal(Berlin.Local(Tuesday, "16:30", "17:00"), plan.Time);
    }

    [Fact]
    public void With_the_window_full_the_block_goes_to_the_free_slot_nearest_the_window_before_the_first_deadline()
    {
        var busy = new[] { Berlin.Local(Tuesday, "13:00", "14:00"), Berlin.Local(Tuesday, "14:30", "17:30") };

        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 3, busy: busy, earliestDue: Berlin.At(Tuesday, 16)));

        Assert.Equal(PlanAction.Create, plan.Action);
        Assert.Equal(Berlin.Local(Tuesday, "14:15", "14:30"), plan.Time);
    }

    [Fact]
    public void An_all_day_event_leaves_no_time_today()
    {
        var allDay = new TimeRange(Berlin.At(Tuesday, 0), Berlin.At(Tuesday.AddDays(1), 0));

        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 2, busy: [allDay]));

        Assert.Equal(PlanAction.NoTimeToday, plan.Action);
        Assert.Null(plan.Time);
        Assert.Contains("No free time", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_block_on_a_day_off_while_away_or_with_nothing_pending_and_a_booked_one_is_removed()
    {
        var saturday = new DateOnly(2026, 6, 13);
        var away = new TimeRange(Berlin.At(Tuesday, 0), Berlin.At(Tuesday.AddDays(3), 0));
        var booked = new BookedBlock(Berlin.Local(Tuesday, "16:00", "16:15"), 1);

        Assert.Equal(PlanAction.Nothing, CallBackPlanner.Plan(Berlin.Day(saturday, pending: 4)).Action);
        Assert.Equal(PlanAction.Nothing, CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 4, away: away)).Action);
        Assert.Equal(PlanAction.Nothing, CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 0)).Action);
        var removed = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 4, away: away, booked: booked));
        Assert.Equal(PlanAction.Remove, removed.Action);
        Assert.Contains("away", removed.Reason, StringComparison.Ordinal);
        Assert.Equal(PlanAction.Remove, CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 0, booked: booked)).Action);
    }

    [Fact]
    public void Call_back_days_in_settings_override_the_working_week()
    {
        var thursdaysOnly = UserSettings.Default with { CallBackDays = [DayOfWeek.Thursday] };

        Assert.Equal(PlanAction.Nothing, CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 2, settings: thursdaysOnly)).Action);
        Assert.Equal(PlanAction.Create, CallBackPlanner.Plan(Berlin.Day(Tuesday.AddDays(2), pending: 2, settings: thursdaysOnly)).Action);
    }

    [Fact]
    public void A_block_grows_into_adjacent_free_time_and_shrinks_as_calls_are_returned()
    {
        var booked = new BookedBlock(Berlin.Local(Tuesday, "16:00", "16:30"), 5);

        var grown = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 9, booked: booked));
        var shrunk = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 2, booked: booked));
        var same = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 6, booked: booked));

        Assert.Equal((PlanAction.Resize, Berlin.Local(Tuesday, "16:00", "16:45")), (grown.Action, grown.Time));
        Assert.Equal((PlanAction.Resize, Berlin.Local(Tuesday, "16:00", "16:15")), (shrunk.Action, shrunk.Time));
        Assert.Equal((PlanAction.Describe, booked.Time), (same.Action, same.Time));
    }

    [Fact]
    public void A_block_that_cannot_grow_in_place_moves_to_a_slot_that_fits()
    {
        var booked = new BookedBlock(Berlin.Local(Tuesday, "16:00", "16:15"), 2);
        var meeting = Berlin.Local(Tuesday, "16:15", "16:30");

        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 5, booked: booked, busy: [meeting]));

        Assert.Equal((PlanAction.Move, Berlin.Local(Tuesday, "16:30", "17:00")), (plan.Action, plan.Time));
    }

    [Fact]
    public void Within_the_hour_before_it_starts_a_block_is_never_moved_or_shrunk_but_may_grow()
    {
        var booked = new BookedBlock(Berlin.Local(Tuesday, "16:00", "16:30"), 5);
        var soon = Berlin.At(Tuesday, 15, 15);

        var fewer = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 1, booked: booked, now: soon));
        var none = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 0, booked: booked, now: soon));
        var more = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 8, booked: booked, now: soon));
        var blocked = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 8, booked: booked, now: soon, busy: [Berlin.Local(Tuesday, "16:30", "17:00")]));

        Assert.Equal((PlanAction.Describe, booked.Time), (fewer.Action, fewer.Time));
        Assert.Equal(PlanAction.Nothing, none.Action);
        Assert.Equal((PlanAction.Resize, Berlin.Local(Tuesday, "16:00", "16:45")), (more.Action, more.Time));
        Assert.Equal((PlanAction.Describe, booked.Time), (blocked.Action, blocked.Time));
    }

    [Fact]
    public void A_block_the_user_moved_keeps_their_time_and_only_changes_size()
    {
        var moved = new BookedBlock(Berlin.Local(Tuesday, "11:10", "11:40"), 5, MovedByUser: true);

        var bigger = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 8, booked: moved));
        var smaller = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 2, booked: moved));

        Assert.Equal((PlanAction.Resize, Berlin.Local(Tuesday, "11:10", "11:55")), (bigger.Action, bigger.Time));
        Assert.Equal((PlanAction.Resize, Berlin.Local(Tuesday, "11:10", "11:25")), (smaller.Action, smaller.Time));
    }

    [Fact]
    public void A_block_the_user_deleted_is_not_booked_again_that_day()
    {
        var deleted = new BookedBlock(Berlin.Local(Tuesday, "16:00", "16:30"), 5, DeletedByUser: true);

        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 7, booked: deleted));

        Assert.Equal(PlanAction.Nothing, plan.Action);
        Assert.Contains("removed", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Slots_in_the_past_are_never_offered()
    {
        var plan = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 2, now: Berlin.At(Tuesday, 16, 40)));

        Assert.Equal((PlanAction.Create, Berlin.Local(Tuesday, "16:45", "17:00")), (plan.Action, plan.Time));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 30, 14)]
    [InlineData("America/New_York", 2026, 3, 9, 20)]
    [InlineData("Europe/Berlin", 2026, 10, 26, 15)]
    [InlineData("America/New_York", 2026, 11, 2, 21)]
    public void On_the_Monday_after_a_DST_change_the_block_sits_at_four_pm_local(string zone, int year, int month, int day, int utcHour)
    {
        var days = new PlannerDays(zone);
        var monday = new DateOnly(year, month, day);

        var plan = CallBackPlanner.Plan(days.Day(monday, pending: 4));

        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero), plan.Time!.Value.Start);
        Assert.Equal(TimeSpan.FromMinutes(30), plan.Time.Value.Length);
    }

    [Fact]
    public void On_the_change_day_itself_a_weekend_worker_gets_four_pm_local()
    {
        var days = new PlannerDays("Europe/Berlin");
        var sunday = new DateOnly(2026, 3, 29);
        var everyDay = UserSettings.Default with { CallBackDays = [DayOfWeek.Sunday] };
        var weekendHours = new PlanningDay(
            sunday, days.At(sunday, 8), new Core.Sla.WorkingHours(Enum.GetValues<DayOfWeek>(), new TimeOnly(9, 0), new TimeOnly(17, 30), days.Zone), everyDay, null, [], 1, null, null);

        var plan = CallBackPlanner.Plan(weekendHours);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 14, 0, 0, TimeSpan.Zero), plan.Time!.Value.Start);
    }

    [Fact]
    public void A_Windows_time_zone_id_plans_the_same_block_as_its_IANA_twin()
    {
        var windows = CallBackPlanner.Plan(new PlannerDays("W. Europe Standard Time").Day(Tuesday, pending: 5));
        var iana = CallBackPlanner.Plan(Berlin.Day(Tuesday, pending: 5));

        Assert.Equal(iana.Time, windows.Time);
    }
}
