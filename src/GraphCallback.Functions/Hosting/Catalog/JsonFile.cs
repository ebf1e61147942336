using System.Text.Json;

namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>Parses host.json and function.json as leniently as the Functions host does (comments, trailing commas).</summary>
internal static class JsonFile
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message}).", ex);
        }
    }
}
