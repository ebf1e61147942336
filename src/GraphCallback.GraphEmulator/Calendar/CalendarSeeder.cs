using System.Globalization;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Scenarios;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>
/// Adds each scenario user's events, placed relative to today in the user's own time zone and
/// written in that zone, so originalStartTimeZone and all-day dates come out as a user's would.
/// </summary>
public sealed class CalendarSeeder(CalendarState calendars, TenantRegistry tenants, TimeProvider clock) : IScenarioSeeder
{
    public void Seed(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var now = clock.GetUtcNow();
        foreach (var user in scenario.Users.Where(u => u.Events.Count > 0))
        {
            var owner = tenants.FindUserAnywhere(user.Id) ?? throw new InvalidOperationException($"Scenario user {user.Id} was not loaded.");
            var today = GraphTimeZones.LocalTime(now, owner.TimeZone).Date;
            foreach (var seed in user.Events)
            {
                calendars.For(owner).Create(ToEvent(seed, today, owner.TimeZone), now);
            }
        }
    }

    private static Event ToEvent(ScenarioEvent seed, DateTime today, string zone)
    {
        var day = today.AddDays(seed.Day);
        var start = seed.IsAllDay ? day : day + TimeSpan.ParseExact(seed.Start, @"hh\:mm", CultureInfo.InvariantCulture);
        var end = seed.IsAllDay ? day.AddDays(Math.Max(1, (int)Math.Ceiling(seed.DurationMinutes / 1440.0))) : start.AddMinutes(seed.DurationMinutes);
        return new Event
        {
            Subject = seed.Subject,
            Start = GraphTimeZones.Label(start, zone),
            End = GraphTimeZones.Label(end, zone),
            IsAllDay = seed.IsAllDay,
            ShowAs = Enum.Parse<FreeBusyStatus>(seed.ShowAs, ignoreCase: true),
            Location = seed.Location is null ? null : new Location { DisplayName = seed.Location },
            Categories = [.. seed.Categories],
        };
    }
}
