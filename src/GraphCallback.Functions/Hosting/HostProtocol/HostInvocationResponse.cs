using System.Text.Json.Serialization;

namespace GraphCallback.Functions.Hosting.HostProtocol;

/// <summary>
/// The answer the Functions host expects from a successful invocation. <c>Outputs</c> stays empty
/// because functions have no output bindings; <c>Logs</c> lines land in the invocation's log.
/// </summary>
public sealed record HostInvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static HostInvocationResponse Completed(string log) => new(new Dictionary<string, object>(), [log], null);
}
