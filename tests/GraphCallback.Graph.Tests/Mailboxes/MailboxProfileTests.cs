using GraphCallback.Graph.Mailboxes;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace GraphCallback.Graph.Tests.Mailboxes;

public class MailboxProfileTests
{
    [Fact]
    public void Working_hours_use_their_own_zone_and_days_map_to_DayOfWeek()
    {
        var settings = new MailboxSettings
        {
            TimeZone = "UTC",
            WorkingHours = new Microsoft.Graph.Models.WorkingHours
            {
                DaysOfWeek = [DayOfWeekObject.Monday, DayOfWeekObject.Saturday],
                StartTime = new Time(8, 30, 0),
                EndTime = new Time(16, 0, 0),
                TimeZone = new TimeZoneBase { Name = "Pacific Standard Time" },
            },
        };

        var profile = MailboxSettingsReader.ToProfile(settings);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Saturday], profile.WorkingHours.Days.Order());
        Assert.Equal(new TimeOnly(8, 30), profile.WorkingHours.Start);
        Assert.Equal(new TimeOnly(16, 0), profile.WorkingHours.End);
        Assert.Equal(TimeSpan.FromHours(-8), profile.WorkingHours.Zone.GetUtcOffset(new DateTime(2026, 1, 15)));
        Assert.Equal(TimeZoneInfo.Utc.Id, profile.TimeZone.Id);
        Assert.Null(profile.OutOfOffice);
    }

    [Fact]
    public void Missing_or_unknown_settings_fall_back_to_a_default_week_in_the_mailbox_zone()
    {
        var profile = MailboxSettingsReader.ToProfile(new MailboxSettings
        {
            TimeZone = "Europe/Berlin",
            WorkingHours = new Microsoft.Graph.Models.WorkingHours { TimeZone = new TimeZoneBase { Name = "Customized Time Zone" } },
        });

        Assert.Equal(5, profile.WorkingHours.Days.Count);
        Assert.Equal(TimeSpan.FromHours(2), profile.WorkingHours.Zone.GetUtcOffset(new DateTime(2026, 7, 1)));
    }

    [Fact]
    public void Scheduled_automatic_replies_become_an_out_of_office_window_in_their_zone()
    {
        var profile = MailboxSettingsReader.ToProfile(new MailboxSettings
        {
            TimeZone = "Europe/Berlin",
            AutomaticRepliesSetting = new AutomaticRepliesSetting
            {
                Status = AutomaticRepliesStatus.Scheduled,
                ScheduledStartDateTime = new DateTimeTimeZone { DateTime = "2026-07-01T00:00:00.0000000", TimeZone = "UTC" },
                ScheduledEndDateTime = new DateTimeTimeZone { DateTime = "2026-07-10T00:00:00.0000000", TimeZone = "W. Europe Standard Time" },
            },
        });

        Assert.NotNull(profile.OutOfOffice);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), profile.OutOfOffice.From);
        Assert.Equal(new DateTimeOffset(2026, 7, 9, 22, 0, 0, TimeSpan.Zero), profile.OutOfOffice.To);
        Assert.True(profile.OutOfOffice.Covers(new DateTimeOffset(2026, 7, 5, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(profile.OutOfOffice.Covers(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero)));
    }
}
