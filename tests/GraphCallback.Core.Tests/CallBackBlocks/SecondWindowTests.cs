using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Settings;

namespace GraphCallback.Core.Tests.CallBackBlocks;

/// <summary>The optional second daily window: its own block, planned once the earlier window is over.</summary>
public class SecondWindowTests
{
    private static readonly PlannerDays London = new("Europe/London");
    private static readonly DateOnly Tuesday = new(2027, 3, 2);

    // The main window stays 16:00–17:00; the second is first thing in the morning.
    private static readonly UserSettings TwoWindows = UserSettings.Default with
    {
        SecondCallBackWindowStart = new TimeOnly(9, 0),
        SecondCallBackWindowEnd = new TimeOnly(9, 45),
    };

    [Fact]
    public void With_one_window_the_main_window_is_planned_all_day()
    {
        Assert.Equal(1, CallBackWindow.Current(UserSettings.Default, Tuesday, London.At(Tuesday, 7), London.Zone).Number);
        Assert.Equal(1, CallBackWindow.Current(UserSettings.Default, Tuesday, London.At(Tuesday, 18), London.Zone).Number);
    }

    [Theory]
    [InlineData(7, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 1)]
    [InlineData(18, 1)]
    public void The_window_planned_is_the_first_not_yet_over(int hour, int expected) =>
        Assert.Equal(expected, CallBackWindow.Current(TwoWindows, Tuesday, London.At(Tuesday, hour), London.Zone).Number);

    [Fact]
    public void Each_window_gets_its_block_in_its_own_time()
    {
        var morning = CallBackWindow.Current(TwoWindows, Tuesday, London.At(Tuesday, 7), London.Zone);
        var afternoon = CallBackWindow.Current(TwoWindows, Tuesday, London.At(Tuesday, 11), London.Zone);

        var early = CallBackPlanner.Plan(London.Day(Tuesday, pending: 4, now: London.At(Tuesday, 7), settings: TwoWindows) with { Window = morning });
        var late = CallBackPlanner.Plan(London.Day(Tuesday, pending: 2, now: London.At(Tuesday, 11), settings: TwoWindows) with { Window = afternoon });

        Assert.Equal(PlanAction.Create, early.Action);
        Assert.Equal(London.Local(Tuesday, "09:00", "09:30"), early.Time);
        Assert.Equal(PlanAction.Create, late.Action);
        Assert.Equal(London.Local(Tuesday, "16:00", "16:15"), late.Time);
    }

    [Fact]
    public void A_second_window_needs_both_ends_and_must_not_overlap_the_main_one()
    {
        Assert.Empty(SettingsValidator.Validate(TwoWindows));
        Assert.Contains(SettingsValidator.Validate(UserSettings.Default with { SecondCallBackWindowStart = new TimeOnly(9, 0) }), e => e.Field == "secondCallBackWindowEnd");
        Assert.Contains(
            SettingsValidator.Validate(UserSettings.Default with { SecondCallBackWindowStart = new TimeOnly(16, 30), SecondCallBackWindowEnd = new TimeOnly(17, 30) }),
            e => e.Field == "secondCallBackWindowStart");
        Assert.Contains(
            SettingsValidator.Validate(UserSettings.Default with { SecondCallBackWindowStart = new TimeOnly(9, 0), SecondCallBackWindowEnd = new TimeOnly(9, 10) }),
            e => e.Field == "secondCallBackWindowEnd");
    }
}
