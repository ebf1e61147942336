using GraphCallback.Benchmarks.Measuring;

namespace GraphCallback.Benchmarks.Footprint;

/// <summary>The published app as a process: time from start to /health answering 200, and resident memory once up (idle).</summary>
internal sealed record FootprintRun(LatencySummary ColdStartMilliseconds, double ColdStartMinMilliseconds, double? IdleRssMiB);
