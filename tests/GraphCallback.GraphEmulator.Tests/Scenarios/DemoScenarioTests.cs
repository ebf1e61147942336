using GraphCallback.GraphEmulator.Scenarios;
using GraphCallback.Testing;

namespace GraphCallback.GraphEmulator.Tests.Scenarios;

[CalendarDependent]
public sealed class DemoScenarioTests
{
    private static readonly Scenario Demo = ScenarioLoader.Read("demo");

    [Fact]
    public void The_demo_has_three_users_in_different_time_zones_with_IANA_and_Windows_ids()
    {
        Assert.True(Demo.Users.Count >= 3);
        Assert.Equal(Demo.Users.Count, Demo.Users.Select(u => TimeZoneInfo.FindSystemTimeZoneById(u.TimeZone).BaseUtcOffset).Distinct().Count());
        Assert.Contains(Demo.Users, u => u.TimeZone.Contains('/', StringComparison.Ordinal));
        Assert.Contains(Demo.Users, u => u.TimeZone.EndsWith("Standard Time", StringComparison.Ordinal));
    }

    [Fact]
    public void The_demo_has_fifteen_calls_over_the_last_two_days_including_a_repeat_caller_and_unknown_numbers()
    {
        var calls = Demo.Users.SelectMany(u => u.Voicemails.Concat(u.MissedCalls)).ToList();

        Assert.True(calls.Count >= 15);
        Assert.All(calls, c => Assert.InRange(c.Ago, TimeSpan.Zero, TimeSpan.FromDays(2)));
        Assert.Contains(calls.GroupBy(c => c.CallerNumber).Where(g => g.Key is not null), g => g.Count() >= 3);
        Assert.Contains(calls, c => c.CallerName is null);
        var contactNumbers = Demo.Users.SelectMany(u => u.Contacts).SelectMany(c => c.BusinessPhones.Concat(c.HomePhones).Append(c.MobilePhone)).OfType<string>().ToHashSet();
        var colleagueNumbers = Demo.Users.SelectMany(u => u.BusinessPhones).ToHashSet();
        Assert.Contains(calls, c => c.CallerNumber is not null && contactNumbers.Contains(c.CallerNumber));
        Assert.Contains(calls, c => c.CallerNumber is not null && colleagueNumbers.Contains(c.CallerNumber));
    }

    [Fact]
    public void Every_demo_user_has_a_busy_calendar_and_contacts_with_categories()
    {
        Assert.All(Demo.Users, u => Assert.Contains(u.Events, e => e.ShowAs == "busy"));
        Assert.Contains(Demo.Users.SelectMany(u => u.Contacts), c => c.Categories.Contains("Vendor"));
        Assert.Contains(Demo.Users.SelectMany(u => u.Contacts), c => c.Categories.Contains("Client"));
    }
}
