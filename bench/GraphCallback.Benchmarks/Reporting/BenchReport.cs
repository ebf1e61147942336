using GraphCallback.Benchmarks.Footprint;
using GraphCallback.Benchmarks.Micro;
using GraphCallback.Benchmarks.Pipeline;
using GraphCallback.Benchmarks.Planning;
using GraphCallback.Benchmarks.Webhook;

namespace GraphCallback.Benchmarks.Reporting;

/// <summary>Everything one harness run measured; a stage that was not run is null.</summary>
internal sealed record BenchReport(
    DateTimeOffset StartedAt,
    string? Commit,
    MachineFacts Machine,
    string? LoadAverageAtEnd,
    double HarnessSeconds,
    IReadOnlyList<MicroResult>? Micro,
    WebhookResult? Webhook,
    IReadOnlyList<PipelineRun>? Pipeline,
    IReadOnlyList<PlanningRun>? Planning,
    IReadOnlyList<MorningPlanningRun>? MorningPlanning,
    FootprintRun? Footprint)
{
    public IReadOnlyList<Goal> Goals => Goal.Check(this);
}
