namespace GraphCallback.GraphEmulator.Mail;

/// <summary>A voicemail or missed-call e-mail to put into a user's inbox (control API and scenarios).</summary>
public sealed record CallMail
{
    public string? CallerNumber { get; init; }

    public string? CallerName { get; init; }

    public int DurationSeconds { get; init; }

    public string? Transcript { get; init; }

    /// <summary>When the mail arrived; null means now.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>Overrides the default class (voicemail: IPM.Note.Microsoft.Voicemail.UM.CA, missed call: IPM.Note.Microsoft.Missed.Voice); "" for none.</summary>
    public string? MessageClass { get; init; }
}
