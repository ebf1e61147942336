using System.Text;
using System.Xml;

namespace GraphCallback.Graph.Capture;

/// <summary>
/// Reads the transcription out of the AsrData property. Its layout is not documented by
/// Microsoft; what is known is an XML document, UTF-8 or UTF-16. So: decode, and if it is XML
/// take its text; if it is not, take it as text; if it is neither, there is no transcript.
/// </summary>
public static class AsrTranscript
{
    public static string? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        var text = LooksLikeUtf16(bytes) ? Encoding.Unicode.GetString(bytes) : Encoding.UTF8.GetString(bytes);
        text = text.Trim('\uFEFF', '\0', ' ', '\r', '\n', '\t');
        if (!text.StartsWith('<'))
        {
            return text.Length == 0 ? null : text;
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var words = new List<string>();
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !string.IsNullOrWhiteSpace(reader.Value))
                {
                    words.Add(reader.Value.Trim());
                }
            }

            return words.Count == 0 ? null : string.Join(' ', words);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static bool LooksLikeUtf16(byte[] bytes) =>
        (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes.Length >= 4 && bytes[1] == 0 && bytes[3] == 0);
}
