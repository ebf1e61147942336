using GraphCallback.Core.Capture;

namespace GraphCallback.Core.Tests.Capture;

public class MessageClassifierTests
{
    [Theory]
    [InlineData("IPM.Note.Microsoft.Voicemail.UM.CA", CapturedItemKind.Voicemail)]
    [InlineData("IPM.Note.Microsoft.Voicemail.UM", CapturedItemKind.Voicemail)]
    [InlineData("IPM.Note.Microsoft.Voicemail", CapturedItemKind.Voicemail)]
    [InlineData("IPM.Note.RPMSG.Microsoft.Voicemail.UM.CA", CapturedItemKind.Voicemail)]
    [InlineData("ipm.note.microsoft.voicemail.um.ca", CapturedItemKind.Voicemail)]
    [InlineData("IPM.Note.Microsoft.Missed.Voice", CapturedItemKind.MissedCallNotification)]
    [InlineData("IPM.Note.Microsoft.FAX.CA", CapturedItemKind.Other)]
    [InlineData("IPM.Note", CapturedItemKind.Other)]
    [InlineData(null, CapturedItemKind.Other)]
    public void Message_classes_are_matched_by_substring(string? messageClass, CapturedItemKind expected)
    {
        Assert.Equal(expected, MessageClassifier.Classify(messageClass, hasAudioAttachment: false, subject: "Hello"));
    }

    [Theory]
    [InlineData(true, "Voicemail from +1 425 555 0100", CapturedItemKind.Voicemail)]
    [InlineData(false, "Voicemail from +1 425 555 0100", CapturedItemKind.Other)]
    [InlineData(true, "Podcast episode", CapturedItemKind.Other)]
    public void A_plain_note_is_a_Teams_voicemail_only_with_audio_and_a_voicemail_subject(bool audio, string subject, CapturedItemKind expected)
    {
        Assert.Equal(expected, MessageClassifier.Classify("IPM.Note", audio, subject));
    }
}
