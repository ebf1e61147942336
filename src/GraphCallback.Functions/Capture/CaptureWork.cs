using System.Text;
using System.Text.Json;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// A verified notification waiting on the <c>notifications</c> queue: enough to read the item
/// from Graph without looking the subscription up again. A queue message carries a JSON array
/// of them: the notifications of one webhook POST.
/// </summary>
/// <param name="SubscriptionId">The subscription it arrived on.</param>
/// <param name="Owner">The owning user's partition key, or null for a tenant-wide subscription.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="Purpose">What the subscription watches.</param>
/// <param name="ChangeType">created, updated or deleted; null for lifecycle events.</param>
/// <param name="Resource">The changed resource's path.</param>
/// <param name="ResourceId">The changed item's id.</param>
/// <param name="LifecycleEvent">reauthorizationRequired, subscriptionRemoved or missed; null for changes.</param>
public sealed record CaptureWork(
    string SubscriptionId,
    string? Owner,
    string TenantId,
    string Purpose,
    string? ChangeType,
    string? Resource,
    string? ResourceId,
    string? LifecycleEvent)
{
    // A queue message holds 64 KiB after base64, which grows the text by a third.
    private const int MaxMessageBytes = 48 * 1024;

    /// <summary>
    /// The queue messages for <paramref name="work"/>: one, unless the items outgrow a message,
    /// then as few as hold them, in order.
    /// </summary>
    public static IEnumerable<string> Pack(IEnumerable<CaptureWork> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var message = new StringBuilder();
        var bytes = 0;
        foreach (var item in work)
        {
            var json = JsonSerializer.Serialize(item);
            var size = Encoding.UTF8.GetByteCount(json);

            // Each item brings its separator ('[' or ','); the closing ']' is one more byte.
            if (message.Length > 0 && bytes + 1 + size + 1 > MaxMessageBytes)
            {
                yield return message.Append(']').ToString();
                message.Clear();
                bytes = 0;
            }

            message.Append(message.Length == 0 ? '[' : ',').Append(json);
            bytes += 1 + size;
        }

        if (message.Length > 0)
        {
            yield return message.Append(']').ToString();
        }
    }

    /// <summary>The items of one queue message.</summary>
    /// <exception cref="InvalidDataException">The message is not an array of work items.</exception>
    public static IReadOnlyList<CaptureWork> Unpack(string message)
    {
        try
        {
            var items = JsonSerializer.Deserialize<CaptureWork[]>(message);
            return items is { Length: > 0 } && Array.TrueForAll(items, i => i is not null)
                ? items
                : throw new InvalidDataException("A notifications message must be a non-empty array of work items.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("A notifications message is not an array of work items.", e);
        }
    }
}
