using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Scenarios;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>Fills each scenario user's inbox with their voicemails and missed-call mails, and sets out of office.</summary>
public sealed class MailSeeder(MailState mail, TenantRegistry tenants, TimeProvider clock) : IScenarioSeeder
{
    public void Seed(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var now = clock.GetUtcNow();
        foreach (var user in scenario.Users)
        {
            var owner = tenants.FindUser(scenario.Tenant.Id, user.Id)!;
            var mailbox = mail.For(owner);
            // Teams Cloud Voicemail sends a Teams-only user no missed-call e-mail (graph-notes, "Corrections").
            var missedCalls = owner.TeamsOnly ? [] : user.MissedCalls;
            var calls = user.Voicemails.Select(v => (Call: v, Missed: false)).Concat(missedCalls.Select(m => (Call: m, Missed: true)));
            foreach (var (call, missed) in calls.OrderBy(c => -c.Call.Ago.Ticks))
            {
                var request = new CallMail
                {
                    CallerNumber = call.CallerNumber,
                    CallerName = call.CallerName,
                    DurationSeconds = call.DurationSeconds,
                    Transcript = call.Transcript,
                    ReceivedAt = now - call.Ago,
                    MessageClass = call.MessageClass,
                };
                mailbox.Receive(missed ? CallMailFactory.MissedCall(request, owner, now) : CallMailFactory.Voicemail(request, owner, now), now);
            }

            if (user.AutomaticReplies is { } replies)
            {
                var settings = MailboxSettingsEndpoints.Read(mailbox);
                settings.AutomaticRepliesSetting = new AutomaticRepliesSetting
                {
                    Status = Enum.Parse<AutomaticRepliesStatus>(replies.Status, ignoreCase: true),
                    ExternalAudience = ExternalAudienceScope.All,
                    InternalReplyMessage = replies.InternalReplyMessage,
                    ExternalReplyMessage = replies.ExternalReplyMessage,
                    ScheduledStartDateTime = Utc(now + (replies.ScheduledStartFromNow ?? TimeSpan.Zero)),
                    ScheduledEndDateTime = Utc(now + (replies.ScheduledEndFromNow ?? TimeSpan.FromDays(1))),
                };
                mailbox.SettingsJson = GraphJson.Serialize(settings);
            }
        }
    }

    private static DateTimeTimeZone Utc(DateTimeOffset instant) =>
        new() { DateTime = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" };
}
