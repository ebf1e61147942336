using GraphCallback.Core.Callers;

namespace GraphCallback.Core.Calls;

/// <summary>One missed call or voicemail for one user, as read from Microsoft 365.</summary>
public sealed record CallEvent
{
    /// <summary>Transcripts are personal data and can be minutes long; a follow-up keeps only this much.</summary>
    public const int MaxExcerptLength = 280;

    public CallEvent(
        CallEventKey key,
        Caller caller,
        DateTimeOffset receivedAt,
        TimeSpan? duration = null,
        string? transcript = null,
        Uri? link = null,
        bool hasAudio = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(caller);
        Key = key;
        Caller = caller;
        ReceivedAt = receivedAt;
        Duration = duration;
        TranscriptExcerpt = Excerpt(transcript);
        Link = link;
        HasAudio = hasAudio;
    }

    public CallEventKey Key { get; }

    public Caller Caller { get; }

    public DateTimeOffset ReceivedAt { get; }

    /// <summary>How long the caller spoke (voicemail) or rang (call record), when known.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>The start of the transcript, cut at a word boundary; null when there is none.</summary>
    public string? TranscriptExcerpt { get; }

    /// <summary>Where the user can open the item (Outlook web link), when known.</summary>
    public Uri? Link { get; }

    /// <summary>Whether the voicemail came with its audio attachment.</summary>
    public bool HasAudio { get; }

    public bool IsVoicemail => Key.Kind == CallSourceKind.Voicemail;

    private static string? Excerpt(string? transcript)
    {
        if (string.IsNullOrWhiteSpace(transcript))
        {
            return null;
        }

        var text = string.Join(' ', transcript.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxExcerptLength - 1);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : MaxExcerptLength - 1), "…");
    }
}
