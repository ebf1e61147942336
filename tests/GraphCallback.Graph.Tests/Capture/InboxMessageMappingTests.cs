using GraphCallback.Graph.Capture;
using Microsoft.Graph.Models;

namespace GraphCallback.Graph.Tests.Capture;

public class InboxMessageMappingTests
{
    [Fact]
    public void Voicemail_properties_attachments_and_body_map_onto_the_capture_model()
    {
        var message = new Message
        {
            Id = "AAMk-1",
            Subject = "Voice Mail (42 seconds)",
            ReceivedDateTime = new DateTimeOffset(2026, 6, 8, 8, 0, 0, TimeSpan.Zero),
            From = new Recipient { EmailAddress = new EmailAddress { Name = "Ana Lima", Address = "ana@fabrikam.com" } },
            Body = new ItemBody { ContentType = BodyType.Text, Content = "You received a voice mail." },
            WebLink = "https://outlook.office.com/owa/?ItemID=AAMk-1",
            // As Exchange echoes them: asked for as "String 0x001A", answered as "String 0x1a".
            SingleValueExtendedProperties =
            [
                new() { Id = "String 0x1a", Value = "IPM.Note.Microsoft.Voicemail.UM.CA" },
                new() { Id = "String 0x6802", Value = "+49301234567" },
                new() { Id = "String 0x6803", Value = "Ana Lima" },
                new() { Id = "Integer 0x6801", Value = "42" },
                new() { Id = "not an id", Value = "skipped" },
            ],
            Attachments = [new FileAttachment { Name = "audio.mp3", ContentType = "audio/mpeg" }],
        };

        var item = InboxMessageReader.ToInboxItem(message);

        Assert.Equal("AAMk-1", item.Id);
        Assert.Equal("IPM.Note.Microsoft.Voicemail.UM.CA", item.MessageClass);
        Assert.Equal("+49301234567", item.CallerNumberProperty);
        Assert.Equal("Ana Lima", item.CallerNameProperty);
        Assert.Equal(42, item.DurationSeconds);
        Assert.True(item.HasAudioAttachment);
        Assert.Equal("You received a voice mail.", item.BodyText);
        Assert.Equal(new Uri("https://outlook.office.com/owa/?ItemID=AAMk-1"), item.WebLink);
        Assert.Equal("ana@fabrikam.com", item.SenderAddress);
    }

    [Fact]
    public void An_HTML_body_is_not_mistaken_for_a_transcript_and_other_attachments_are_not_audio()
    {
        var message = new Message
        {
            Id = "AAMk-2",
            ReceivedDateTime = DateTimeOffset.UnixEpoch,
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>hi</p>" },
            Attachments = [new FileAttachment { Name = "invoice.pdf", ContentType = "application/pdf" }],
        };

        var item = InboxMessageReader.ToInboxItem(message);

        Assert.Null(item.BodyText);
        Assert.False(item.HasAudioAttachment);
        Assert.Null(item.MessageClass);
    }

    [Fact]
    public void The_expand_clause_asks_for_every_voicemail_property_in_one_filter()
    {
        foreach (var id in VoicemailProperties.All)
        {
            Assert.Contains($"id eq '{id}'", VoicemailProperties.Expand, StringComparison.Ordinal);
        }

        Assert.StartsWith("singleValueExtendedProperties($filter=", VoicemailProperties.Expand, StringComparison.Ordinal);
    }
}
