using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Mail;

[Collection(EmulatorCollection.Name)]
public sealed class MessageReadTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_voicemail_added_now_reads_back_in_one_request_as_the_backend_asks_for_it()
    {
        var added = await emulator.ControlPostAsync($"users/{DemoUsers.MeganUpn}/voicemails", new { callerNumber = "+44 20 7946 0123", callerName = "New Caller", durationSeconds = 21, transcript = "Please ring me about the invoice." });
        var id = added.GetProperty("id").GetString();

        var message = await emulator.Graph().Users[DemoUsers.Megan].Messages[id].GetAsync(r =>
        {
            r.QueryParameters.Select = ["id", "subject", "receivedDateTime", "from", "body", "webLink", "hasAttachments"];
            r.QueryParameters.Expand = [VoicemailPropertyIds.Expand(VoicemailPropertyIds.MessageClass, VoicemailPropertyIds.CallerName, VoicemailPropertyIds.CallingNumberHeader), "attachments($select=name,contentType,size)"];
            r.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
        });

        Assert.Equal(id, message!.Id);
        Assert.Equal(BodyType.Text, message.Body!.ContentType);
        Assert.Contains("Please ring me about the invoice.", message.Body.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", message.Body.Content, StringComparison.Ordinal);
        Assert.True(message.HasAttachments);
        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal("audio/mpeg", attachment.ContentType);
        Assert.Equal("audio.mp3", attachment.Name);
        Assert.Null((attachment as FileAttachment)?.ContentBytes);
        var properties = message.SingleValueExtendedProperties!.ToDictionary(p => p.Id!, p => p.Value);
        Assert.Equal(3, properties.Count);
        Assert.Equal("New Caller", properties["String 0x6803"]);
        Assert.Equal("+44 20 7946 0123", properties[VoicemailPropertyIds.CallingNumberHeader]);
        Assert.Null(message.BodyPreview);
    }

    [Fact]
    public async Task Attachments_list_and_get_return_the_audio_as_a_file_attachment_with_content()
    {
        var graph = emulator.Graph();
        var added = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/voicemails", new { callerNumber = "+44 20 7946 0124", durationSeconds = 3 });
        var id = added.GetProperty("id").GetString();

        var list = await graph.Users[DemoUsers.Megan].Messages[id].Attachments.GetAsync();
        var listed = Assert.IsType<FileAttachment>(Assert.Single(list!.Value!));
        var fetched = await graph.Users[DemoUsers.Megan].Messages[id].Attachments[listed.Id].GetAsync();

        var file = Assert.IsType<FileAttachment>(fetched);
        Assert.Equal("audio/mpeg", file.ContentType);
        Assert.Equal(file.Size, file.ContentBytes!.Length);
        Assert.Equal(0xFF, file.ContentBytes[0]);
    }

    [Fact]
    public async Task A_missed_call_mail_has_no_attachment_and_the_missed_call_class()
    {
        var added = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = "+44 20 7946 0125" });

        var message = await emulator.Graph().Users[DemoUsers.Megan].Messages[added.GetProperty("id").GetString()].GetAsync(r =>
            r.QueryParameters.Expand = [VoicemailPropertyIds.Expand(VoicemailPropertyIds.MessageClass)]);

        Assert.False(message!.HasAttachments);
        Assert.Equal("IPM.Note.Microsoft.Missed.Voice", Assert.Single(message.SingleValueExtendedProperties!).Value);
    }

    [Theory]
    [InlineData("String 0x001A")]
    [InlineData("String 0x1a")]
    public async Task A_tagged_property_asked_for_in_either_spelling_comes_back_with_its_id_shortened(string asked)
    {
        var added = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/missedCalls", new { callerNumber = "+44 20 7946 0126" });

        var message = await emulator.Graph().Users[DemoUsers.Megan].Messages[added.GetProperty("id").GetString()].GetAsync(r =>
            r.QueryParameters.Expand = [VoicemailPropertyIds.Expand(asked)]);

        var property = Assert.Single(message!.SingleValueExtendedProperties!);
        Assert.Equal(("String 0x1a", "IPM.Note.Microsoft.Missed.Voice"), (property.Id, property.Value));
    }

    [Fact]
    public async Task Mailbox_settings_carry_time_zone_working_hours_and_automatic_replies()
    {
        var graph = emulator.Graph();

        var megan = await graph.Users[DemoUsers.Megan].MailboxSettings.GetAsync();
        var alex = await graph.Users[DemoUsers.Alex].MailboxSettings.GetAsync();

        Assert.Equal("GMT Standard Time", megan!.TimeZone);
        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromTimeSpan(megan.WorkingHours!.StartTime!.Value.DateTime.TimeOfDay));
        Assert.Equal(5, megan.WorkingHours.DaysOfWeek!.Count);
        Assert.Equal(AutomaticRepliesStatus.Disabled, megan.AutomaticRepliesSetting!.Status);
        Assert.Equal("America/New_York", alex!.TimeZone);
        Assert.Equal("Eastern Standard Time", alex.WorkingHours!.TimeZone!.Name);
        Assert.Equal(AutomaticRepliesStatus.Scheduled, alex.AutomaticRepliesSetting!.Status);
        Assert.Equal("UTC", alex.AutomaticRepliesSetting.ScheduledEndDateTime!.TimeZone);
    }
}
