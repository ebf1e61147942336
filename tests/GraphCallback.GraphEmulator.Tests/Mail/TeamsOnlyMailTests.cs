using System.Net;
using System.Net.Http.Json;
using GraphCallback.GraphEmulator.Tests.Support;

namespace GraphCallback.GraphEmulator.Tests.Mail;

/// <summary>Teams Cloud Voicemail mails a Teams-only user their voicemails but never a missed call.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TeamsOnlyMailTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_teams_only_user_has_voicemails_but_no_missed_call_mail_and_none_can_be_delivered()
    {
        var inbox = await emulator.Graph().Users[DemoUsers.Lidia].MailFolders["inbox"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Expand = [VoicemailPropertyIds.Expand(VoicemailPropertyIds.MessageClass)];
            r.QueryParameters.Top = 50;
        });
        using var delivery = await emulator.Control.PostAsJsonAsync($"users/{DemoUsers.Lidia}/missedCalls", new { callerNumber = "+61 491 570 159" });

        var classes = inbox!.Value!.Select(m => m.SingleValueExtendedProperties?.SingleOrDefault()?.Value).ToList();
        Assert.Contains("IPM.Note.Microsoft.Voicemail.UM.CA", classes);
        Assert.DoesNotContain("IPM.Note.Microsoft.Missed.Voice", classes);
        Assert.Equal(HttpStatusCode.Conflict, delivery.StatusCode);
    }
}
