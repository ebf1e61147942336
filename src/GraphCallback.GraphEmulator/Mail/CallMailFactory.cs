using System.Globalization;
using System.Net;
using System.Text;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>
/// Builds the e-mails Exchange Unified Messaging leaves for a call: a voicemail (audio attachment,
/// transcript in the body and in AsrData) or a missed-call notification, with the MAPI properties
/// graph-notes.md lists.
/// </summary>
public static class CallMailFactory
{
    public static Message Voicemail(CallMail call, EmulatedUser user, DateTimeOffset now) => Build(call, user, now, missed: false);

    public static Message MissedCall(CallMail call, EmulatedUser user, DateTimeOffset now) => Build(call, user, now, missed: true);

    private static Message Build(CallMail call, EmulatedUser user, DateTimeOffset now, bool missed)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(user);
        var caller = call.CallerName ?? call.CallerNumber ?? "Unknown caller";
        var received = call.ReceivedAt ?? now;
        var messageClass = call.MessageClass ?? (missed ? VoicemailProperties.MissedCallClass : VoicemailProperties.VoicemailClass);
        var properties = new List<SingleValueLegacyExtendedProperty>();
        void Add(string id, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                properties.Add(new SingleValueLegacyExtendedProperty { Id = id, Value = value });
            }
        }

        Add(VoicemailProperties.MessageClass, messageClass);
        Add(VoicemailProperties.CallerNumber, call.CallerNumber);
        Add(VoicemailProperties.CallingNumberHeader, call.CallerNumber);
        Add(VoicemailProperties.CallerName, call.CallerName);
        Add(VoicemailProperties.CallId, Guid.NewGuid().ToString());
        if (!missed)
        {
            Add(VoicemailProperties.DurationSeconds, call.DurationSeconds.ToString(CultureInfo.InvariantCulture));
            Add(VoicemailProperties.AsrData, call.Transcript is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(AsrXml(call.Transcript))));
        }

        var when = received.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var number = WebUtility.HtmlEncode(call.CallerNumber ?? "a withheld number");
        var body = missed
            ? $"<html><body><p>You missed a call from {WebUtility.HtmlEncode(caller)} ({number}) at {when}.</p></body></html>"
            : $"<html><body><p>{WebUtility.HtmlEncode(call.Transcript ?? "(No preview available.)")}</p><p>You received a voice mail from {WebUtility.HtmlEncode(caller)} ({number}) at {when}.</p></body></html>";
        var mailbox = user.Mail ?? user.UserPrincipalName;
        var message = new Message
        {
            Subject = missed ? $"Missed call from {caller}" : $"Voice Mail ({call.DurationSeconds} seconds) from {caller}",
            Body = new ItemBody { ContentType = BodyType.Html, Content = body },
            BodyPreview = missed ? $"You missed a call from {caller}" : (call.Transcript ?? string.Empty)[..Math.Min(255, call.Transcript?.Length ?? 0)],
            From = new Recipient { EmailAddress = new EmailAddress { Name = caller, Address = mailbox } },
            Sender = new Recipient { EmailAddress = new EmailAddress { Name = caller, Address = mailbox } },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Name = user.DisplayName, Address = mailbox } }],
            ReceivedDateTime = received,
            SentDateTime = received,
            CreatedDateTime = received,
            LastModifiedDateTime = received,
            IsRead = false,
            SingleValueExtendedProperties = properties,
        };
        if (!missed)
        {
            var audio = AudioSample.Mp3(call.DurationSeconds);
            message.Attachments =
            [
                new FileAttachment
                {
                    OdataType = "#microsoft.graph.fileAttachment",
                    Id = GraphIds.New(),
                    Name = "audio.mp3",
                    ContentType = "audio/mpeg",
                    Size = audio.Length,
                    IsInline = false,
                    LastModifiedDateTime = received,
                    ContentBytes = audio,
                },
            ];
        }

        return message;
    }

    // The AsrData layout is undocumented; an XML document with the recognised text is what readers expect.
    private static string AsrXml(string transcript) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><ASR lang=\"en-US\" confidence=\"0.9\"><Information/><Text>{WebUtility.HtmlEncode(transcript)}</Text></ASR>";
}
