using System.Globalization;
using System.Text;
using GraphCallback.Benchmarks.Footprint;
using GraphCallback.Benchmarks.Micro;
using GraphCallback.Benchmarks.Pipeline;
using GraphCallback.Benchmarks.Planning;
using GraphCallback.Benchmarks.Webhook;

namespace GraphCallback.Benchmarks.Reporting;

/// <summary>The run as Markdown tables: goals first, then one table per stage.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        Line(md, $"# GraphCallback benchmarks, {report.StartedAt:yyyy-MM-dd HH:mm} UTC");
        Line(md);
        var machine = report.Machine;
        Line(md, $"{machine.Cores} cores, {machine.Os}, {machine.Runtime}; commit {report.Commit ?? "unknown"}; " +
            $"load average {machine.LoadAverage ?? "n/a"} at start, {report.LoadAverageAtEnd ?? "n/a"} at end; stages took {report.HarnessSeconds / 60:0.0} min.");
        Line(md);
        Table(md, ["Goal", "Target", "Measured", "Verdict"], report.Goals.Select(g => new[] { g.Name, g.Target, g.Measured, g.Verdict }));
        if (report.Webhook is { } webhook)
        {
            Webhook(md, webhook);
        }

        if (report.Pipeline is { } pipeline)
        {
            Pipeline(md, pipeline);
        }

        if (report.Planning is { } planning)
        {
            Planning(md, planning);
        }

        if (report.MorningPlanning is { } morning)
        {
            MorningPlanning(md, morning);
        }

        if (report.Footprint is { } footprint)
        {
            Footprint(md, footprint, report.Webhook?.PeakRssMiB);
        }

        if (report.Micro is { } micro)
        {
            Micro(md, micro);
        }

        return md.ToString();
    }

    private static void Webhook(StringBuilder md, WebhookResult webhook)
    {
        Section(md, "Webhook", $"Open-loop POSTs of Graph notification batches ({webhook.NotificationsPerRequest:0.00} notifications each, {webhook.Subscriptions} stored subscriptions) " +
            $"to the published app on loopback, {webhook.SecondsPerRate:0} s per rate; latency from the intended send time to the 202. " +
            "Stand-alone, the app's queue listener processes the notifications on the same cores meanwhile; webhook only, it runs as the Functions host's custom handler, which leaves the queue to the host.");
        Table(
            md,
            ["App", "Rate (req/s)", "Requests", "Errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "send lag p99 ms", "queued messages after", "RSS MiB", "CPU ms/request"],
            webhook.Runs.Select(r => new[]
            {
                Goal.Words(r.Mode), N(r.Load.IntendedPerSecond, "0"), N(r.Load.Requests, "0"), N(r.Load.Errors, "0"), N(r.Load.Latency.P50), N(r.Load.Latency.P95),
                N(r.Load.Latency.P99), N(r.Load.Latency.Max), N(r.Load.SendLag.P99), N(r.QueuedAfter, "0"), N(r.RssMiB, "0"), Cpu(r.CpuMsPerRequest),
            }));
    }

    private static void Pipeline(StringBuilder md, IReadOnlyList<PipelineRun> runs)
    {
        Section(md, "Pipeline", "Voicemails put into the emulator's inboxes, notified to the webhook, queued, read from Graph, ingested into Table Storage and synced, " +
            "and each user's call-back block planned after a 10 s debounce (a minute in production); times from the first voicemail; per-call figures cover all of it. Table requests are the app's own (its meter); the raw rates are a plain loop, one request at a time, on the same Azurite: empty before the run, and filled after it with the app stopped.");
        Table(
            md,
            ["Workload", "Captured", "Follow-ups", "To Do tasks", "Blocks booked", "Connect s", "Captured by s", "Synced by s", "Blocks by s", "Calls/s", "Graph req/call", "Table req/call", "Table req/s", "Raw upserts/s empty → filled", "Raw transactions/s empty → filled", "Table req/s ÷ raw upserts/s filled"],
            runs.Select(r => new[]
            {
                r.Shape.ToString(), N(r.Captured, "0"), N(r.FollowUpsFound, "0"), N(r.TodoTasksFound, "0"), N(r.BlocksBooked, "0"), N(r.ConnectSeconds, "0.0"),
                N(r.Seconds, "0.0"), N(r.SyncedSeconds, "0.0"), N(r.BlocksSeconds, "0.0"), N(r.CallsPerSecond, "0.0"),
                N(r.GraphRequestsPerCall, "0.00"), N(r.TableRequestsPerCall, "0.00"), N(r.TableRequestsPerSecond, "0"), $"{N(r.RawBefore.UpsertsPerSecond, "0")} → {N(r.RawAfter.UpsertsPerSecond, "0")}",
                $"{N(r.RawBefore.TransactionsPerSecond, "0")} → {N(r.RawAfter.TransactionsPerSecond, "0")}", N(r.TableRateShareOfRaw * 100, "0") + "%",
            }));
        foreach (var run in runs)
        {
            Line(md, $"- {run.Shape}: Graph per call {string.Join(", ", run.GraphRoutesPerCall.Select(r => $"`{r.Key}` {N(r.Value, "0.00")}"))}; " +
                $"Table requests {string.Join(", ", run.TableByMethod.Select(m => $"{m.Key} {m.Value}"))}; " +
                $"outcomes {string.Join(", ", run.Outcomes.Select(o => $"{o.Key} {o.Value}"))}; CPU ms per call {Cpu(run.CpuMsPerCall)}" +
                (run.Failures.Count > 0 ? $"; failed runs {string.Join(", ", run.Failures.Select(f => $"{f.Key} {f.Value}"))}" : string.Empty) + ".");
        }
    }

    private static void Planning(StringBuilder md, IReadOnlyList<PlanningRun> runs)
    {
        Section(md, "Planning: the pure planner", $"The pure call-back planner (Core) over a mix of users' days; getSchedule requests modelled as one per {PlanningRun.ScheduleBatch} users.");
        Table(
            md,
            ["Users", "Wall ms", "µs/user", "getSchedule/user", "Writes/user", "Plans"],
            runs.Select(r => new[]
            {
                N(r.Users, "0"), N(r.WallMilliseconds, "0.0"), N(r.MicrosecondsPerUser, "0.0"), N(r.ScheduleRequestsPerUser, "0.000"), N(r.WritesPerUser, "0.00"),
                string.Join(", ", r.Actions.OrderBy(a => a.Key).Select(a => $"{a.Key} {a.Value}")),
            }));
    }

    private static void MorningPlanning(StringBuilder md, IReadOnlyList<MorningPlanningRun> runs)
    {
        Section(md, "Planning: the morning timer", "The app's PlanCallBackBlocks timer, run once at 06:01 on a working day for users in London, each with a stored planning profile " +
            "and one call pending; Graph requests from the emulator's counters, Table requests from the app's meter.");
        Table(
            md,
            ["Users", "Days planned", "Wall s", "getSchedule/user", "Calendar writes/user", "Graph req/user", "Table req/user"],
            runs.Select(r => new[]
            {
                N(r.Users, "0"), N(r.Planned, "0"), N(r.WallSeconds, "0.0"), N(r.ScheduleRequestsPerUser, "0.000"), N(r.CalendarWritesPerUser, "0.00"),
                N(r.GraphRequestsPerUser, "0.00"), N(r.TableRequestsPerUser, "0.0"),
            }));
    }

    private static void Footprint(StringBuilder md, FootprintRun footprint, double? peakUnderLoad)
    {
        Section(md, "Process", "The published app (`dotnet publish src/GraphCallback.Functions -c Release`), started as the Functions host starts it, to /health answering 200.");
        Table(
            md,
            ["Cold starts", "p50 ms", "min ms", "max ms", "RSS at start MiB", "Peak RSS under webhook load MiB"],
            [[N(footprint.ColdStartMilliseconds.Count, "0"), N(footprint.ColdStartMilliseconds.P50, "0"), N(footprint.ColdStartMinMilliseconds, "0"),
                N(footprint.ColdStartMilliseconds.Max, "0"), N(footprint.IdleRssMiB, "0"), N(peakUnderLoad, "0")]]);
    }

    private static void Micro(StringBuilder md, IReadOnlyList<MicroResult> results)
    {
        Section(md, "Micro-benchmarks", "BenchmarkDotNet, in process, ShortRun with 10 measured iterations of 100 ms (after 3 warm-ups), MemoryDiagnoser.");
        Table(
            md,
            ["Case", "Mean ns", "± ns (99.9%)", "Allocated B/op"],
            results.Select(r => new[] { r.Name, N(r.MeanNanoseconds, "0.0"), N(r.ErrorNanoseconds, "0.0"), N(r.AllocatedBytes, "0") }));
    }

    private static string Cpu(IReadOnlyDictionary<string, double> byProcess) =>
        string.Join(", ", byProcess.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {N(p.Value, "0.0")}"));

    private static void Section(StringBuilder md, string title, string description)
    {
        Line(md);
        Line(md, "## " + title);
        Line(md);
        Line(md, description);
        Line(md);
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line(md, "| " + string.Join(" | ", header) + " |");
        Line(md, "|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var row in rows)
        {
            Line(md, "| " + string.Join(" | ", row) + " |");
        }
    }

    private static string N(double? value, string format = "0.0") =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
