using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using PhoneNumbers;
using PhoneNumber = GraphCallback.Core.Callers.PhoneNumber;

namespace GraphCallback.Core.Capture;

/// <summary>
/// Turns a voicemail or missed-call e-mail into a call event. The caller's number is taken from
/// the first source that has one: the voicemail property, its header copy, the sender (Teams
/// names the sender after the number), then the first number written in the body.
/// </summary>
public static class InboxItemReader
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <returns>The call event, or null when the item is not a call.</returns>
    public static CallEvent? Read(InboxItem item, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(item);
        var kind = MessageClassifier.Classify(item.MessageClass, item.HasAudioAttachment, item.Subject);
        if (kind == CapturedItemKind.Other)
        {
            return null;
        }

        var number = CallerNumber(item, defaultRegion);
        var name = FirstNonBlank(item.CallerNameProperty, IsNumberLike(item.SenderName, defaultRegion) ? null : item.SenderName);
        var sourceKind = kind == CapturedItemKind.Voicemail ? CallSourceKind.Voicemail : CallSourceKind.MissedCallNotification;
        var transcript = kind == CapturedItemKind.Voicemail ? FirstNonBlank(item.AsrTranscript, item.BodyText) : null;
        return new CallEvent(
            new CallEventKey(sourceKind, item.Id),
            new Caller(number, name),
            item.ReceivedAt,
            item.DurationSeconds is { } s and > 0 ? TimeSpan.FromSeconds(s) : null,
            transcript,
            item.WebLink,
            item.HasAudioAttachment);
    }

    private static PhoneNumber CallerNumber(InboxItem item, string region)
    {
        foreach (var candidate in new[] { item.CallerNumberProperty, item.CallingNumberHeader, item.SenderName, SenderLocalPart(item.SenderAddress) })
        {
            var number = PhoneNumber.Parse(candidate, region);
            if (number.IsKnown)
            {
                return number;
            }
        }

        if (!string.IsNullOrWhiteSpace(item.BodyText))
        {
            // libphonenumber's own matcher finds numbers in free text; no regex of ours.
            var match = Util.FindNumbers(item.BodyText, region.ToUpperInvariant(), PhoneNumberUtil.Leniency.VALID, long.MaxValue).FirstOrDefault();
            if (match is not null)
            {
                return PhoneNumber.Parse(match.RawString, region);
            }
        }

        return PhoneNumber.Unknown(FirstNonBlank(item.CallerNumberProperty, item.CallingNumberHeader) ?? string.Empty);
    }

    private static string? SenderLocalPart(string? address)
    {
        var at = address?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        return at > 0 ? address![..at] : null;
    }

    private static bool IsNumberLike(string? text, string region) => PhoneNumber.Parse(text, region).IsKnown;

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
