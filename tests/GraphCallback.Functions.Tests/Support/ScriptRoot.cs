namespace GraphCallback.Functions.Tests.Support;

/// <summary>A throw-away script root: function folders written in the Functions host's function.json shape.</summary>
internal sealed class ScriptRoot : IDisposable
{
    public ScriptRoot()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphcallback-functions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public ScriptRoot WithTimer(string name, string schedule) => WithFunction(name, $$"""
        {
          "bindings": [
            { "name": "timer", "type": "timerTrigger", "direction": "in", "schedule": "{{schedule}}" }
          ]
        }
        """);

    public ScriptRoot WithQueue(string name, string queueName) => WithFunction(name, $$"""
        {
          "bindings": [
            { "name": "message", "type": "queueTrigger", "direction": "in", "queueName": "{{queueName}}", "connection": "AzureWebJobsStorage" }
          ]
        }
        """);

    public ScriptRoot WithHttp(string name, string route) => WithFunction(name, $$"""
        {
          "bindings": [
            { "name": "req", "type": "httpTrigger", "direction": "in", "authLevel": "anonymous", "methods": [ "get" ], "route": "{{route}}" },
            { "name": "res", "type": "http", "direction": "out" }
          ]
        }
        """);

    public ScriptRoot WithFunction(string name, string functionJson)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, "function.json"), functionJson);
        return this;
    }

    public ScriptRoot WithHostJson(string hostJson)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, "host.json"), hostJson);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
