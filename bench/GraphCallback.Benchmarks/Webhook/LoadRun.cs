using GraphCallback.Benchmarks.Measuring;

namespace GraphCallback.Benchmarks.Webhook;

/// <summary>One open-loop run: what was sent, what failed, latency from intended send time to answer, and how late sends left.</summary>
internal sealed record LoadRun(double IntendedPerSecond, int Requests, int Errors, LatencySummary Latency, LatencySummary SendLag, double AchievedPerSecond);
