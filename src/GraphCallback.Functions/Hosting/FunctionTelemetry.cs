using System.Diagnostics;

namespace GraphCallback.Functions.Hosting;

/// <summary>
/// The app's activity source: one activity per function run and per captured call, for
/// OpenTelemetry exporters in production and for tests that wait on work to finish.
/// </summary>
public static class FunctionTelemetry
{
    public const string SourceName = "GraphCallback.Functions";

    public static readonly ActivitySource Source = new(SourceName);
}
