using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>GET and PATCH /users/{user}/mailboxSettings: time zone, working hours, automatic replies, language.</summary>
public static class MailboxSettingsEndpoints
{
    public static IEndpointRouteBuilder MapMailboxSettings(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/users/{user}/mailboxSettings", (HttpContext context, string user, TenantRegistry tenants, MailState mail) =>
            GraphResults.Entity(context, Read(MessageEndpoints.Mailbox(context, user, tenants, mail))));

        graph.MapPatch("/users/{user}/mailboxSettings", async (HttpContext context, string user, TenantRegistry tenants, MailState mail) =>
        {
            var mailbox = MessageEndpoints.Mailbox(context, user, tenants, mail);
            var patch = await GraphJson.ReadBodyAsync(context.Request, MailboxSettings.CreateFromDiscriminatorValue).ConfigureAwait(false);
            var settings = Read(mailbox);
            settings.TimeZone = patch.TimeZone ?? settings.TimeZone;
            settings.WorkingHours = patch.WorkingHours ?? settings.WorkingHours;
            settings.AutomaticRepliesSetting = patch.AutomaticRepliesSetting ?? settings.AutomaticRepliesSetting;
            settings.Language = patch.Language ?? settings.Language;
            mailbox.SettingsJson = GraphJson.Serialize(settings);
            return GraphResults.Entity(context, settings);
        });

        return graph;
    }

    /// <summary>The stored settings, or the defaults built from the user's scenario profile.</summary>
    public static MailboxSettings Read(Mailbox mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return mailbox.SettingsJson is { } json ? GraphJson.Parse(json, MailboxSettings.CreateFromDiscriminatorValue) : Defaults(mailbox.Owner);
    }

    private static MailboxSettings Defaults(EmulatedUser user)
    {
        var hours = user.WorkingHours ?? WorkHours.Default(user.TimeZone);
        return new MailboxSettings
        {
            TimeZone = user.TimeZone,
            DateFormat = "yyyy-MM-dd",
            TimeFormat = "HH:mm",
            UserPurpose = UserPurpose.User,
            DelegateMeetingMessageDeliveryOptions = DelegateMeetingMessageDeliveryOptions.SendToDelegateOnly,
            Language = new LocaleInfo { Locale = "en-US", DisplayName = "English (United States)" },
            WorkingHours = new WorkingHours
            {
                DaysOfWeek = hours.DaysOfWeek.Select(d => (DayOfWeekObject?)Enum.Parse<DayOfWeekObject>(d, ignoreCase: true)).ToList(),
                StartTime = new Time(hours.Start.Hour, hours.Start.Minute, hours.Start.Second),
                EndTime = new Time(hours.End.Hour, hours.End.Minute, hours.End.Second),
                TimeZone = new TimeZoneBase { Name = hours.TimeZone },
            },
            AutomaticRepliesSetting = new AutomaticRepliesSetting
            {
                Status = AutomaticRepliesStatus.Disabled,
                ExternalAudience = ExternalAudienceScope.All,
                InternalReplyMessage = string.Empty,
                ExternalReplyMessage = string.Empty,
            },
        };
    }
}
