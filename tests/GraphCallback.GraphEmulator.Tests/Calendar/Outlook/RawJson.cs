using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GraphCallback.GraphEmulator.Tests.Calendar.Outlook;

/// <summary>Sends a request the SDK built through the SDK's own adapter and middleware, and returns the raw JSON answer.</summary>
public static class RawJson
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    public static async Task<JsonElement> SendAsync(GraphServiceClient graph, RequestInformation request)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors) ?? throw new InvalidOperationException("No body.");
        using var document = await JsonDocument.ParseAsync(stream);
        return document.RootElement.Clone();
    }

    /// <summary>The property names of a JSON object, for asserting what a response does or does not contain.</summary>
    public static IReadOnlyList<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
