namespace GraphCallback.Core.Capture;

/// <summary>
/// What the Graph adapter read from one inbox message: the fields and voicemail properties
/// (graph-notes.md) that capture needs, with no Graph types.
/// </summary>
public sealed record InboxItem
{
    public required string Id { get; init; }

    public string? MessageClass { get; init; }

    public string? Subject { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public string? SenderName { get; init; }

    public string? SenderAddress { get; init; }

    /// <summary>The body as plain text.</summary>
    public string? BodyText { get; init; }

    /// <summary>PidTagSenderTelephoneNumber, String 0x6802.</summary>
    public string? CallerNumberProperty { get; init; }

    /// <summary>The X-CallingTelephoneNumber header copy.</summary>
    public string? CallingNumberHeader { get; init; }

    /// <summary>String 0x6803.</summary>
    public string? CallerNameProperty { get; init; }

    /// <summary>Integer 0x6801, seconds.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>The transcription decoded from AsrData, when present.</summary>
    public string? AsrTranscript { get; init; }

    public bool HasAudioAttachment { get; init; }

    public Uri? WebLink { get; init; }
}
