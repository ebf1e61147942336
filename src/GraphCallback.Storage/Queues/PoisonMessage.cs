using System.Text.Json;

namespace GraphCallback.Storage.Queues;

/// <summary>
/// What the stand-alone queue listener puts on <c>{queue}-poison</c> for a message it gave up on:
/// the message exactly as it was stored on its queue, and why, so nothing is lost and
/// <see cref="PoisonQueue.ReplayAsync"/> can put it back.
/// </summary>
/// <param name="MessageId">The id the message had on its queue.</param>
/// <param name="Body">The message's stored text, unchanged (base64 when its producer wrote it right).</param>
/// <param name="DequeueCount">Deliveries made before giving up.</param>
/// <param name="Error">The last delivery's exception type and message, or why it was not delivered at all.</param>
/// <param name="FailedAt">When it was given up on.</param>
public sealed record PoisonMessage(string MessageId, string Body, long DequeueCount, string Error, DateTimeOffset FailedAt)
{
    /// <summary>
    /// Marks our envelope apart from what the Functions host writes to the same queue: the
    /// original message alone, which may be JSON too.
    /// </summary>
    public const string EnvelopeKind = "graphcallback.poison/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind { get; init; } = EnvelopeKind;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads our envelope from a poison message's decoded text; false for anything else.</summary>
    public static bool TryRead(string text, out PoisonMessage envelope)
    {
        envelope = null!;
        if (!text.StartsWith('{'))
        {
            return false;
        }

        try
        {
            var read = JsonSerializer.Deserialize<PoisonMessage>(text, Json);
            if (read is { Kind: EnvelopeKind, Body: not null, MessageId: not null })
            {
                envelope = read;
                return true;
            }
        }
        catch (JsonException)
        {
            // Someone's JSON, not ours: the host's plain copy of an original message.
        }

        return false;
    }
}
