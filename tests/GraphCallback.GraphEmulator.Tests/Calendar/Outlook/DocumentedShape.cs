using System.Text.Json;
using GraphCallback.Testing;

namespace GraphCallback.GraphEmulator.Tests.Calendar.Outlook;

/// <summary>
/// Compares emulator JSON with an example response from Microsoft's Graph documentation: every
/// property the example shows (except @odata.context, which the emulator does not write) must be
/// present with the same JSON type, recursively, arrays compared by their first element. Example
/// values that are null say nothing about the type and are skipped.
/// </summary>
public static class DocumentedShape
{
    /// <summary>Loads a documented example stored as {"source": url, "response": {...}} under the test project.</summary>
    public static JsonElement Load(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "GraphCallback.GraphEmulator.Tests", relativePath);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.StartsWith("https://learn.microsoft.com/", document.RootElement.GetProperty("source").GetString());
        return document.RootElement.GetProperty("response").Clone();
    }

    public static void AssertMatches(JsonElement documented, JsonElement actual, string path = "$")
    {
        Assert.True(documented.ValueKind == JsonValueKind.Object, $"{path}: the documented example is not an object");
        Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, got {actual.ValueKind}");
        foreach (var property in documented.EnumerateObject().Where(p => p.Name != "@odata.context" && p.Value.ValueKind != JsonValueKind.Null))
        {
            var at = $"{path}.{property.Name}";
            Assert.True(actual.TryGetProperty(property.Name, out var value), $"{at}: missing from the emulator's response");
            AssertSameKind(property.Value, value, at);
        }
    }

    private static void AssertSameKind(JsonElement documented, JsonElement actual, string path)
    {
        Assert.True(Kind(documented) == Kind(actual), $"{path}: documented as {documented.ValueKind}, emulator wrote {actual.ValueKind}");
        if (documented.ValueKind == JsonValueKind.Object)
        {
            AssertMatches(documented, actual, path);
        }
        else if (documented.ValueKind == JsonValueKind.Array && documented.GetArrayLength() > 0)
        {
            Assert.True(actual.GetArrayLength() > 0, $"{path}: the emulator wrote an empty array; the test data should make it non-empty");
            AssertSameKind(documented[0], actual[0], path + "[0]");
        }
    }

    private static JsonValueKind Kind(JsonElement element) => element.ValueKind == JsonValueKind.False ? JsonValueKind.True : element.ValueKind;
}
