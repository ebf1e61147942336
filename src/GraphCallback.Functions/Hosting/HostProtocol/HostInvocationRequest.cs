using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphCallback.Functions.Hosting.HostProtocol;

/// <summary>
/// What the Functions host posts to <c>/{FunctionName}</c> for a non-HTTP trigger: <c>Data</c> holds
/// the trigger value under the binding's name, <c>Metadata</c> the trigger metadata.
/// </summary>
public sealed record HostInvocationRequest(
    [property: JsonPropertyName("Data")] IReadOnlyDictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] IReadOnlyDictionary<string, JsonElement>? Metadata);
