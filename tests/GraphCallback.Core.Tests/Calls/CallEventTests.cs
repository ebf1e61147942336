using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;

namespace GraphCallback.Core.Tests.Calls;

public class CallEventTests
{
    private static readonly Caller Someone = new(PhoneNumber.Parse("+4930123456", "DE"));

    [Fact]
    public void A_long_transcript_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var transcript = string.Join(' ', Enumerable.Repeat("please call me back about the invoice", 20));

        var call = new CallEvent(new CallEventKey(CallSourceKind.Voicemail, "m1"), Someone, DateTimeOffset.UnixEpoch, transcript: transcript);

        Assert.NotNull(call.TranscriptExcerpt);
        Assert.True(call.TranscriptExcerpt.Length <= CallEvent.MaxExcerptLength);
        Assert.EndsWith("…", call.TranscriptExcerpt, StringComparison.Ordinal);
        Assert.StartsWith("please call me back", call.TranscriptExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", call.TranscriptExcerpt, StringComparison.Ordinal);
        var lastWord = call.TranscriptExcerpt.TrimEnd('…').Split(' ')[^1];
        Assert.Contains(lastWord, transcript.Split(' '));
    }

    [Fact]
    public void Whitespace_in_a_short_transcript_is_folded_and_an_empty_one_is_none()
    {
        var folded = new CallEvent(new CallEventKey(CallSourceKind.Voicemail, "m1"), Someone, DateTimeOffset.UnixEpoch, transcript: " Hi,\r\n call   me ");
        var empty = new CallEvent(new CallEventKey(CallSourceKind.Voicemail, "m2"), Someone, DateTimeOffset.UnixEpoch, transcript: " \n ");

        Assert.Equal("Hi, call me", folded.TranscriptExcerpt);
        Assert.Null(empty.TranscriptExcerpt);
    }

    [Fact]
    public void Keys_are_equal_by_kind_and_source_id()
    {
        Assert.Equal(new CallEventKey(CallSourceKind.Voicemail, "a"), new CallEventKey(CallSourceKind.Voicemail, "a"));
        Assert.NotEqual(new CallEventKey(CallSourceKind.Voicemail, "a"), new CallEventKey(CallSourceKind.CallRecord, "a"));
        Assert.Throws<ArgumentException>(() => new CallEventKey(CallSourceKind.Voicemail, " "));
    }
}
