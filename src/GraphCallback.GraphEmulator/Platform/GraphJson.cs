using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>
/// (De)serialisation with Kiota and the Microsoft.Graph model types, the same code the SDK runs,
/// so the emulator cannot drift from the shapes the SDK reads and writes.
/// </summary>
public static class GraphJson
{
    /// <summary>Graph's own response content type; the SDK strips the parameters before picking a parser.</summary>
    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    public static string Serialize(IParsable value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, value);
        using var stream = writer.GetSerializedContent();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static JsonObject ToNode(IParsable value) =>
        JsonNode.Parse(Serialize(value))?.AsObject() ?? throw new InvalidOperationException("Kiota wrote no object.");

    public static T Parse<T>(string json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var document = JsonDocument.Parse(json);
        return Parse(document.RootElement, factory);
    }

    public static T Parse<T>(JsonElement element, ParsableFactory<T> factory)
        where T : IParsable =>
        new JsonParseNode(element).GetObjectValue(factory) ?? throw GraphErrorException.BadRequest("Empty payload.");

    public static T Parse<T>(JsonNode node, ParsableFactory<T> factory)
        where T : IParsable => Parse(node.ToJsonString(), factory);

    /// <summary>Reads a request body into a Graph model; a malformed body is a 400, as on Graph.</summary>
    public static async Task<T> ReadBodyAsync<T>(HttpRequest request, ParsableFactory<T> factory)
        where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return Parse(document.RootElement, factory);
        }
        catch (JsonException ex)
        {
            throw GraphErrorException.BadRequest("Unable to read JSON request payload: " + ex.Message, "InvalidRequest");
        }
    }
}
