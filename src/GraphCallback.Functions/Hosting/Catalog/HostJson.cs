using System.Text.Json;

namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>Reads the host.json settings that stand-alone runs must share with the Functions host.</summary>
internal static class HostJson
{
    public static int ReadMaxDequeueCount(string path)
    {
        using var document = JsonFile.Parse(path);
        if (!document.RootElement.TryGetProperty("extensions", out var extensions)
            || !extensions.TryGetProperty("queues", out var queues)
            || !queues.TryGetProperty("maxDequeueCount", out var value))
        {
            return FunctionCatalog.DefaultMaxDequeueCount;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var count) || count < 1)
        {
            throw new InvalidDataException($"{path}: extensions.queues.maxDequeueCount must be a positive whole number.");
        }

        return count;
    }
}
