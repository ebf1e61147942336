using GraphCallback.GraphEmulator.Platform.Features;
using GraphCallback.GraphEmulator.Scenarios;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>Mailboxes: messages, attachments, delta, drafts and sending, mailbox settings, voicemail control.</summary>
public sealed class MailFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddFeatureState<MailState>();
        services.AddSingleton<IScenarioSeeder, MailSeeder>();
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapMessages().MapAttachments().MapSending().MapMailboxSettings();
        routes.Control.MapMailControl();
    }
}
