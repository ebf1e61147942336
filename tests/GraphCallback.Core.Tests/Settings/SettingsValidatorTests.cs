using GraphCallback.Core.Callers;
using GraphCallback.Core.Settings;

namespace GraphCallback.Core.Tests.Settings;

public class SettingsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid_and_follow_the_call_back_habit()
    {
        var settings = UserSettings.Default;

        Assert.Empty(SettingsValidator.Validate(settings));
        Assert.Equal(TimeSpan.FromHours(24), settings.ToSlaPolicy().ResponseTime);
        Assert.Equal(TimeSpan.FromHours(48), settings.ToSlaPolicy().EscalationTime);
        Assert.Equal(3, settings.MinutesPerCall);
        Assert.Equal(new TimeOnly(16, 0), settings.CallBackWindowStart);
    }

    [Fact]
    public void Every_problem_is_reported_with_the_field_it_is_in()
    {
        var settings = UserSettings.Default with
        {
            SlaHours = 0,
            EscalationHours = 500,
            CallBackWindowStart = new TimeOnly(17, 0),
            CallBackWindowEnd = new TimeOnly(16, 0),
            MinutesPerCall = 0,
            PriorityOrder = [CallerKind.Client],
            BlockedNumbers = ["+14255550100", "555 0100"],
            DefaultRegion = "XX",
            CallBackDays = [DayOfWeek.Monday, DayOfWeek.Monday],
        };

        var fields = SettingsValidator.Validate(settings).Select(e => e.Field).ToHashSet();

        Assert.Equal(
            new HashSet<string> { "slaHours", "escalationHours", "callBackWindowEnd", "minutesPerCall", "priorityOrder", "blockedNumbers[1]", "defaultRegion", "callBackDays" },
            fields);
    }

    [Fact]
    public void Escalation_before_the_deadline_is_refused()
    {
        var errors = SettingsValidator.Validate(UserSettings.Default with { SlaHours = 24, EscalationHours = 12 });

        Assert.Equal("escalationHours", Assert.Single(errors).Field);
    }
}
