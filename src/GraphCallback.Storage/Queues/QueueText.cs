using System.Text;

namespace GraphCallback.Storage.Queues;

/// <summary>
/// A queue message's text as stored: base64 of the producer's UTF-8 text, which is what the Azure
/// Functions queue trigger reads by default and what <see cref="WorkQueue"/> writes.
/// </summary>
public static class QueueText
{
    /// <summary>Decodes a stored message; false (and the stored text unchanged) when it is not base64.</summary>
    public static bool TryDecode(string stored, out string text)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var bytes = new byte[stored.Length];
        if (Convert.TryFromBase64String(stored, bytes, out var written))
        {
            text = Encoding.UTF8.GetString(bytes, 0, written);
            return true;
        }

        text = stored;
        return false;
    }

    /// <summary>The stored form of <paramref name="text"/>.</summary>
    public static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
