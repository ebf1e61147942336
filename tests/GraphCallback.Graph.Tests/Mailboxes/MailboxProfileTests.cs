using GraphCallback.Core.Sla;
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

    [Fact]
    public void Scheduled_automatic_replies_are_time_off_in_the_working_hours_so_deadlines_skip_the_days_away()
    {
        // Away Monday 8 to Friday 12 June 2026 (London working hours, Monday to Friday 08:00-17:00).
        var profile = MailboxSettingsReader.ToProfile(LondonMailbox(new AutomaticRepliesSetting
        {
            Status = AutomaticRepliesStatus.Scheduled,
            ScheduledStartDateTime = new DateTimeTimeZone { DateTime = "2026-06-08T00:00:00.0000000", TimeZone = "GMT Standard Time" },
            ScheduledEndDateTime = new DateTimeTimeZone { DateTime = "2026-06-12T23:00:00.0000000", TimeZone = "UTC" },
        }));

        var deadline = SlaPolicy.Default.DeadlineFor(FridayBefore, profile.WorkingHours);

        var away = Assert.Single(profile.WorkingHours.TimeOff);
        Assert.Equal(new DateTimeOffset(2026, 6, 7, 23, 0, 0, TimeSpan.Zero), away.Start);
        Assert.Equal(new DateTimeOffset(2026, 6, 12, 23, 0, 0, TimeSpan.Zero), away.End);
        Assert.NotNull(profile.OutOfOffice);
        Assert.Equal(away.Start, profile.OutOfOffice.From);
        Assert.Equal(away.End, profile.OutOfOffice.To);
        Assert.False(profile.WorkingHours.IsWorkingDay(new DateOnly(2026, 6, 10)));
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 16, 30, 0, TimeSpan.FromHours(1)), deadline.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 16, 30, 0, TimeSpan.FromHours(1)), deadline.EscalatesAt);
    }

    [Theory]
    [InlineData("AlwaysEnabled")]
    [InlineData("Disabled")]
    public void Automatic_replies_that_are_not_scheduled_give_no_time_off_and_leave_deadlines_alone(string status)
    {
        var profile = MailboxSettingsReader.ToProfile(LondonMailbox(new AutomaticRepliesSetting
        {
            Status = Enum.Parse<AutomaticRepliesStatus>(status),
            ScheduledStartDateTime = new DateTimeTimeZone { DateTime = "2026-06-08T00:00:00.0000000", TimeZone = "UTC" },
            ScheduledEndDateTime = new DateTimeTimeZone { DateTime = "2026-06-13T00:00:00.0000000", TimeZone = "UTC" },
        }));

        var deadline = SlaPolicy.Default.DeadlineFor(FridayBefore, profile.WorkingHours);

        Assert.Empty(profile.WorkingHours.TimeOff);
        Assert.True(profile.WorkingHours.IsWorkingDay(new DateOnly(2026, 6, 10)));
        Assert.Equal(new DateTimeOffset(2026, 6, 8, 16, 30, 0, TimeSpan.FromHours(1)), deadline.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 9, 16, 30, 0, TimeSpan.FromHours(1)), deadline.EscalatesAt);
    }

    [Fact]
    public void Always_enabled_automatic_replies_still_give_the_planner_an_open_ended_window()
    {
        var profile = MailboxSettingsReader.ToProfile(LondonMailbox(new AutomaticRepliesSetting { Status = AutomaticRepliesStatus.AlwaysEnabled }));

        Assert.NotNull(profile.OutOfOffice);
        Assert.Equal(DateTimeOffset.MinValue, profile.OutOfOffice.From);
        Assert.Equal(DateTimeOffset.MaxValue, profile.OutOfOffice.To);
        Assert.Empty(profile.WorkingHours.TimeOff);
    }

    private static readonly DateTimeOffset FridayBefore = new(2026, 6, 5, 16, 30, 0, TimeSpan.FromHours(1));

    private static MailboxSettings LondonMailbox(AutomaticRepliesSetting replies) => new()
    {
        TimeZone = "Europe/London",
        WorkingHours = new Microsoft.Graph.Models.WorkingHours
        {
            DaysOfWeek = [DayOfWeekObject.Monday, DayOfWeekObject.Tuesday, DayOfWeekObject.Wednesday, DayOfWeekObject.Thursday, DayOfWeekObject.Friday],
            StartTime = new Time(8, 0, 0),
            EndTime = new Time(17, 0, 0),
            TimeZone = new TimeZoneBase { Name = "GMT Standard Time" },
        },
        AutomaticRepliesSetting = replies,
    };
}
