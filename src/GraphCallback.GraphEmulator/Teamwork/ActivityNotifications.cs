using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Teamwork;

/// <summary>Teams activity feed notifications the backend sent, kept for the control API to show.</summary>
public sealed class ActivityNotifications : IResettable
{
    private readonly ConcurrentQueue<JsonObject> _sent = new();

    public void Record(string userId, string requestJson, DateTimeOffset at) =>
        _sent.Enqueue(new JsonObject
        {
            ["userId"] = userId,
            ["sentDateTime"] = at.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["request"] = JsonNode.Parse(requestJson),
        });

    public IReadOnlyList<JsonObject> All => _sent.ToList();

    public void Reset() => _sent.Clear();
}
