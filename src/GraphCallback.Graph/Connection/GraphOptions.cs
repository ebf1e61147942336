namespace GraphCallback.Graph.Connection;

/// <summary>Where Microsoft Graph is: configuration section <c>Graph</c>.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>The v1.0 endpoint; point it at the emulator to run without a tenant.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Graph's resource with /.default, whatever host serves it: the app's application permissions, or on-behalf-of a user the delegated ones.</summary>
    public string AppScope { get; set; } = "https://graph.microsoft.com/.default";
}
