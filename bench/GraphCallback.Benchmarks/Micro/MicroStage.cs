using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace GraphCallback.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet over the hot pure code, kept short to fit the harness's budget: ShortRun's single
/// launch and three warm-ups, in this process (no generated project to build), with ten measured
/// iterations of 100 ms rather than three, so the error margins mean something; allocations measured. Its own log and GitHub-flavoured table go to the results folder.
/// </summary>
internal static class MicroStage
{
    public static IReadOnlyList<MicroResult> Run(string resultsFolder)
    {
        var artifacts = Path.Combine(resultsFolder, "micro");
        Directory.CreateDirectory(artifacts);
        var job = Job.ShortRun
            .WithToolchain(InProcessEmitToolchain.DontLogOutput)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithIterationCount(10);
        using var logger = new StreamLogger(Path.Combine(artifacts, "benchmarkdotnet.log"));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(MarkdownExporter.GitHub)
            .AddLogger(logger)
            .WithArtifactsPath(artifacts);

        var summaries = BenchmarkRunner.Run([typeof(PlannerBenchmarks), typeof(IntakeBenchmarks), typeof(PhoneNumberBenchmarks)], config);
        return [.. summaries.SelectMany(summary => summary.Reports.Select(report => new MicroResult(
            $"{report.BenchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", string.Empty, StringComparison.Ordinal)}.{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}",
            report.ResultStatistics?.Mean ?? double.NaN,
            report.ResultStatistics?.ConfidenceInterval.Margin,
            report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase))))];
    }
}
