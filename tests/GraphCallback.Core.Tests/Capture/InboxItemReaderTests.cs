using GraphCallback.Core.Calls;
using GraphCallback.Core.Capture;

namespace GraphCallback.Core.Tests.Capture;

public class InboxItemReaderTests
{
    private static readonly DateTimeOffset Received = new(2026, 6, 8, 10, 0, 0, TimeSpan.Zero);

    private static InboxItem Voicemail(string id = "AAMk-1") => new()
    {
        Id = id,
        MessageClass = "IPM.Note.Microsoft.Voicemail.UM.CA",
        ReceivedAt = Received,
        Subject = "Voice Mail (42 seconds)",
    };

    [Fact]
    public void A_voicemail_with_its_properties_becomes_a_complete_call_event()
    {
        var item = Voicemail() with
        {
            CallerNumberProperty = "+49 30 1234567",
            CallerNameProperty = "Ana Lima",
            DurationSeconds = 42,
            AsrTranscript = "Hi, it's Ana, please call me back about the offer.",
            BodyText = "You received a voice mail from Ana Lima.",
            HasAudioAttachment = true,
            WebLink = new Uri("https://outlook.office.com/owa/?ItemID=AAMk-1"),
        };

        var call = InboxItemReader.Read(item, "DE");

        Assert.NotNull(call);
        Assert.Equal(new CallEventKey(CallSourceKind.Voicemail, "AAMk-1"), call.Key);
        Assert.Equal("+49301234567", call.Caller.Number.E164);
        Assert.Equal("Ana Lima", call.Caller.DisplayName);
        Assert.Equal(TimeSpan.FromSeconds(42), call.Duration);
        Assert.Equal("Hi, it's Ana, please call me back about the offer.", call.TranscriptExcerpt);
        Assert.True(call.HasAudio);
        Assert.Equal(item.WebLink, call.Link);
        Assert.Equal(Received, call.ReceivedAt);
    }

    [Fact]
    public void Without_the_property_the_header_copy_gives_the_number()
    {
        var call = InboxItemReader.Read(Voicemail() with { CallingNumberHeader = "tel:+12125550142" }, "DE");

        Assert.Equal("+12125550142", call!.Caller.Number.E164);
    }

    [Fact]
    public void A_Teams_voicemail_named_after_the_number_takes_it_from_the_sender_and_the_transcript_from_the_body()
    {
        var item = new InboxItem
        {
            Id = "AAMk-2",
            MessageClass = "IPM.Note",
            Subject = "Voicemail from +1 425 555 0100",
            SenderName = "+1 425 555 0100",
            SenderAddress = "noreply@teams.mail.microsoft",
            BodyText = "Transcript: this is Joe from Fabrikam about the delivery.",
            HasAudioAttachment = true,
            ReceivedAt = Received,
        };

        var call = InboxItemReader.Read(item, "DE");

        Assert.Equal("+14255550100", call!.Caller.Number.E164);
        Assert.Null(call.Caller.DisplayName);
        Assert.Equal("Transcript: this is Joe from Fabrikam about the delivery.", call.TranscriptExcerpt);
    }

    [Fact]
    public void As_a_last_resort_the_first_valid_number_in_the_body_is_used()
    {
        var call = InboxItemReader.Read(Voicemail() with { BodyText = "Caller: Joe, reachable on 030 98765432 until 5 pm." }, "DE");

        Assert.Equal("+493098765432", call!.Caller.Number.E164);
    }

    [Fact]
    public void A_withheld_number_stays_unknown_with_its_raw_text()
    {
        var call = InboxItemReader.Read(Voicemail() with { CallerNumberProperty = "Anonymous", BodyText = "No number." }, "DE");

        Assert.False(call!.Caller.Number.IsKnown);
        Assert.Equal("Anonymous", call.Caller.Number.Raw);
    }

    [Fact]
    public void A_missed_call_notification_has_no_transcript_and_other_mail_is_no_call()
    {
        var missed = InboxItemReader.Read(Voicemail() with { MessageClass = "IPM.Note.Microsoft.Missed.Voice", CallerNumberProperty = "+4930111222", BodyText = "You missed a call" }, "DE");
        var other = InboxItemReader.Read(Voicemail() with { MessageClass = "IPM.Note" }, "DE");

        Assert.Equal(CallSourceKind.MissedCallNotification, missed!.Key.Kind);
        Assert.Null(missed.TranscriptExcerpt);
        Assert.Null(other);
    }
}
