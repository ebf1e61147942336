using System.Text.Json;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GraphCallback.GraphEmulator.Calendar.Outlook;

/// <summary>
/// Reads the JSON of a create or update request on an Outlook resource (event, To Do item) the way
/// Graph does: an unknown property, or a value of the wrong type or outside an enum, is a 400,
/// not silently dropped, so a client bug shows up against the emulator as it would against Graph.
/// </summary>
public static class OutlookBody
{
    /// <summary>The request body as a JSON object; explicit nulls are kept, because in a PATCH they clear a property.</summary>
    public static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return node as JsonObject ?? throw GraphErrorException.BadRequest("The request body must be a JSON object.", "RequestBodyRead");
        }
        catch (JsonException ex)
        {
            throw GraphErrorException.BadRequest("Unable to read JSON request payload: " + ex.Message, "RequestBodyRead");
        }
    }

    /// <summary>Parses JSON into the SDK model named by typeName (e.g. microsoft.graph.todoTask), rejecting what Graph rejects.</summary>
    public static T Parse<T>(JsonObject json, ParsableFactory<T> factory, string typeName)
        where T : IParsable, IAdditionalDataHolder
    {
        ArgumentNullException.ThrowIfNull(json);
        T model;
        try
        {
            model = GraphJson.Parse(json, factory);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or JsonException)
        {
            throw GraphErrorException.BadRequest($"Cannot read the request body as '{typeName}': {ex.Message}", "RequestBodyRead");
        }

        if (model.AdditionalData.Keys.FirstOrDefault(k => !k.StartsWith('@')) is { } unknown)
        {
            throw GraphErrorException.BadRequest(
                $"The property '{unknown}' does not exist on type '{typeName}'. Make sure to only use property names that are defined by the type.",
                "RequestBodyRead");
        }

        // Kiota drops what it cannot read (an enum member it does not know, a string where an object belongs).
        var written = GraphJson.ToNode(model);
        if (json.FirstOrDefault(p => p.Value is not null && !written.ContainsKey(p.Key)) is { Key: not null } rejected)
        {
            throw GraphErrorException.BadRequest(
                $"Cannot convert the literal '{rejected.Value!.ToJsonString()}' to the expected type of property '{rejected.Key}' on '{typeName}'.",
                "RequestBodyRead");
        }

        return model;
    }
}
