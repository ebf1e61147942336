using System.Text.Json.Nodes;

namespace GraphCallback.GraphEmulator.Batch;

/// <summary>Batch response entries the batch itself produces (failed dependencies, inner failures), in Graph's error shape.</summary>
public static class BatchResponses
{
    public static JsonObject Error(string id, int status, string code, string message) => new()
    {
        ["id"] = id,
        ["status"] = status,
        ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
        ["body"] = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } },
    };

    public static JsonObject FailedDependency(string id, string dependency) =>
        Error(id, StatusCodes.Status424FailedDependency, "FailedDependency", $"The request was not run because the request '{dependency}' it depends on failed.");

    public static bool Succeeded(JsonObject entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (int?)entry["status"] is >= 200 and < 300;
    }
}
