using System.Diagnostics;
using System.Runtime.InteropServices;
using GraphCallback.Benchmarks;
using GraphCallback.Benchmarks.Footprint;
using GraphCallback.Benchmarks.Micro;
using GraphCallback.Benchmarks.Pipeline;
using GraphCallback.Benchmarks.Planning;
using GraphCallback.Benchmarks.Reporting;
using GraphCallback.Benchmarks.Webhook;

// The micro-benchmarks measure this process before it hosts anything; the stages that host the app
// here (the morning timer, the pipeline) stop it before the next stage starts.
var options = BenchOptions.Parse(args);

// Stopped from outside (Ctrl+C, kill), take Azurite, the emulator and the app down too.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Process.GetCurrentProcess().Kill(entireProcessTree: true));
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Process.GetCurrentProcess().Kill(entireProcessTree: true));
var startedAt = TimeProvider.System.GetUtcNow();
var machine = MachineFacts.Now();
var clock = Stopwatch.GetTimestamp();
var folder = Path.Combine(Path.GetTempPath(), "graphcallback-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var log = Console.Out;

try
{
    IReadOnlyList<MicroResult>? micro = null;
    if (options.Runs("micro"))
    {
        await log.WriteLineAsync("==> micro-benchmarks (BenchmarkDotNet)");
        micro = MicroStage.Run(options.Results);
    }

    IReadOnlyList<PlanningRun>? planning = null;
    List<MorningPlanningRun>? morning = null;
    if (options.Runs("planning"))
    {
        await log.WriteLineAsync("==> planning");
        planning = PlanningStage.Run(options.Planning);
        morning = [];
        foreach (var users in options.MorningPlanning)
        {
            morning.Add(await new MorningPlanningStage(log).RunAsync(users, folder));
        }
    }

    FootprintRun? footprint = null;
    if (options.Runs("process"))
    {
        await log.WriteLineAsync("==> process: cold starts of the published app");
        footprint = await FootprintStage.RunAsync(options.ColdStarts, folder);
    }

    WebhookResult? webhook = null;
    if (options.Runs("webhook"))
    {
        await log.WriteLineAsync("==> webhook");
        webhook = await new WebhookStage(new WebhookOptions(options.Rates, options.PerRate, options.Subscriptions, options.WebhookModes), log).RunAsync(folder);
    }

    List<PipelineRun>? pipeline = null;
    if (options.Runs("pipeline"))
    {
        await log.WriteLineAsync("==> pipeline");
        pipeline = [];
        var stage = new PipelineStage(options.PipelineTimeout, log);
        foreach (var shape in options.Pipeline)
        {
            pipeline.Add(await stage.RunAsync(shape, folder));
        }
    }

    var report = new BenchReport(
        startedAt, options.Commit, machine, MachineFacts.LoadAverageNow(), Stopwatch.GetElapsedTime(clock).TotalSeconds, micro, webhook, pipeline, planning, morning, footprint);
    await log.WriteLineAsync();
    await log.WriteLineAsync(ReportFiles.Write(report, options.Results));
    await log.WriteLineAsync($"Written to {options.Results}/latest.md and latest.json");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
