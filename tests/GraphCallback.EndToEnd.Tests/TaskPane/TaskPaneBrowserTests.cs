using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.EndToEnd.Tests.Tasks;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.TaskPane;

/// <summary>
/// The task pane in headless Chromium against the app, the emulator and Azurite: opened in Outlook
/// on a voicemail it signs in through the emulator's authorize endpoint (MSAL.js, PKCE), shows that
/// caller's follow-up, logs "left voicemail" with the availability line, drafts an e-mail offer;
/// then the plain-browser demo lists the follow-ups without office.js and saves settings.
/// </summary>
[CalendarDependent]
public sealed class TaskPaneBrowserTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Path.Combine(PaneBrowser.Dist, "index.html")), "Build the pane first: npm run build -w src/GraphCallback.TaskPane (./test.sh does).");
        _system = await SystemUnderTest.StartAsync(new Dictionary<string, string?> { ["TaskPane:ContentPath"] = PaneBrowser.Dist });
        await _system.ConnectAsync(Demo.MeganKey);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Opened_on_a_voicemail_the_pane_logs_left_voicemail_and_the_demo_lists_follow_ups()
    {
        var pending = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);
        var target = pending.First(f => f.Caller.Email is not null && f.Calls.Any(c => c.Key.Kind == CallSourceKind.Voicemail));
        var voicemail = target.Calls.First(c => c.Key.Kind == CallSourceKind.Voicemail);

        var (exitCode, output) = await PaneBrowser.RunAsync(new Dictionary<string, string>
        {
            ["PANE_APP_URL"] = _system.AppUrl.ToString(),
            ["PANE_AUTHORITY_URL"] = _system.EmulatorHttps.ToString(),
            ["PANE_ITEM_ID"] = voicemail.Key.SourceId,
            ["PANE_CALLER"] = target.Caller.Label,
            ["PANE_USER"] = "Megan Bowen",
            ["PANE_SCREENSHOTS"] = PaneBrowser.Screenshots,

            // The browser's Date is the system's: badges and MSAL's token expiry agree with the app.
            ["PANE_CLOCK_NOW"] = _system.Clock.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.True(exitCode == 0, output);

        // What the clicks did, read back from storage and the emulator rather than from the page.
        var after = (await _system.FollowUps.GetAsync(Demo.MeganKey, target.Id))!.FollowUp;
        var attempt = Assert.Single(after.Attempts);
        Assert.Equal(CallOutcome.LeftVoicemail, attempt.Outcome);
        Assert.Equal("Left my availability.", attempt.Note);
        Assert.Equal(FollowUpStatus.Attempted, after.Status);

        // The outcome reached Megan's To Do task through the sync queue.
        await _system.SyncsSettledAsync(extra: 1);
        var (_, task) = await _system.TaskOfAsync(target.Id);
        Assert.Equal("inProgress", task.GetProperty("status").GetString());
        Assert.Contains("Left my availability.", task.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);

        var drafts = (await _system.Control.GetFromJsonAsync<JsonElement>($"users/{Demo.Megan}/drafts")).GetProperty("value").EnumerateArray().ToList();
        var draft = Assert.Single(drafts);
        Assert.Equal(target.Caller.Email, draft.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());

        using var settings = await _system.SendAsync(HttpMethod.Get, "api/settings", await _system.MintAsync(Demo.Megan));
        Assert.Equal(4, (await settings.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("minutesPerCall").GetInt32());

        foreach (var screenshot in new[] { "outlook-voicemail-320.png", "outlook-voicemail-800.png", "browser-list-320.png", "browser-list-800.png" })
        {
            Assert.True(new FileInfo(Path.Combine(PaneBrowser.Screenshots, screenshot)).Length > 0, screenshot);
        }
    }
}
