using System.Globalization;
using GraphCallback.Core.Capture;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Graph.Capture;

/// <summary>
/// Reads one inbox message with everything capture needs — message class, voicemail properties,
/// plain-text body, attachment types — in a single Graph request.
/// </summary>
public sealed class InboxMessageReader(GraphServiceClient graph)
{
    private static readonly string[] Select = ["id", "subject", "receivedDateTime", "from", "body", "webLink", "hasAttachments"];

    /// <returns>The item, or null when the message is gone (deleted or moved since the notification).</returns>
    public async Task<InboxItem?> ReadAsync(string userId, string messageId, CancellationToken cancellationToken = default)
    {
        try
        {
            var message = await graph.Users[userId].Messages[messageId].GetAsync(
                request =>
                {
                    request.QueryParameters.Select = Select;
                    request.QueryParameters.Expand = [VoicemailProperties.Expand, "attachments($select=name,contentType,size)"];
                    request.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
                },
                cancellationToken).ConfigureAwait(false);
            return message is null ? null : ToInboxItem(message);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>Maps a Graph message (as read, listed or returned by delta) to the capture model.</summary>
    public static InboxItem ToInboxItem(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        // By parsed id, not text: Exchange answers "String 0x001A" with "String 0x1a".
        var properties = new Dictionary<ExtendedPropertyId, string?>();
        foreach (var property in message.SingleValueExtendedProperties ?? [])
        {
            if (ExtendedPropertyId.TryParse(property.Id, out var id))
            {
                properties.TryAdd(id, property.Value);
            }
        }

        string? Property(string id) => properties.GetValueOrDefault(ExtendedPropertyId.Parse(id));

        return new InboxItem
        {
            Id = message.Id ?? throw new InvalidDataException("A message without an id."),
            MessageClass = Property(VoicemailProperties.MessageClass),
            Subject = message.Subject,
            ReceivedAt = message.ReceivedDateTime ?? DateTimeOffset.MinValue,
            SenderName = message.From?.EmailAddress?.Name,
            SenderAddress = message.From?.EmailAddress?.Address,
            BodyText = message.Body?.ContentType == BodyType.Html ? null : message.Body?.Content,
            CallerNumberProperty = Property(VoicemailProperties.CallerNumber),
            CallingNumberHeader = Property(VoicemailProperties.CallingNumberHeader),
            CallerNameProperty = Property(VoicemailProperties.CallerName),
            DurationSeconds = int.TryParse(Property(VoicemailProperties.DurationSeconds), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : null,
            AsrTranscript = AsrTranscript.Decode(Property(VoicemailProperties.AsrData)),
            HasAudioAttachment = message.Attachments?.Any(a => a.ContentType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true) ?? false,
            WebLink = Uri.TryCreate(message.WebLink, UriKind.Absolute, out var link) ? link : null,
        };
    }
}
