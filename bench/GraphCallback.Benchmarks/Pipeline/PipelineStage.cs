using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using GraphCallback.Benchmarks.Loopback;
using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Core.Sla;
using GraphCallback.Functions.CallBackBlocks;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.Benchmarks.Pipeline;

/// <summary>
/// The capture pipeline end to end: U users connected to the app (hosted in this process so its
/// Table requests and activities can be read), then U x C voicemails put into their inboxes in
/// the emulator, which notifies the webhook; the clock runs until the app has captured every call
/// and run every sync (To Do tasks, call-back block) that capturing asked for.
/// Graph requests come from the emulator's counters, Table requests from the app's own meter.
/// Each workload gets a fresh Azurite, emulator and app; Azurite's raw rate is measured on the
/// empty store before and, with the app stopped, on the filled one after.
/// </summary>
internal sealed class PipelineStage(TimeSpan allowed, TextWriter log)
{
    private const int Parallelism = 8;
    private const string PlanDayOperation = "PlanCallBackDay";

    // The app waits this long after a user's last change before re-planning their block (a minute
    // in production): long enough to gather a burst, short enough for the run to wait out.
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RawRateDuration = TimeSpan.FromSeconds(2);

    public async Task<PipelineRun> RunAsync(PipelineShape shape, string folder)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var tenant = new BenchTenant(shape.Users);
        await using var backends = await Backends.StartAsync(folder, tenant).ConfigureAwait(false);
        var rawBefore = await RawTableRate.MeasureAsync(backends.StorageConnectionString, RawRateDuration).ConfigureAwait(false);
        var run = await CaptureAsync(shape, tenant, backends).ConfigureAwait(false);
        return run with
        {
            FollowUpsFound = await CountFollowUpsAsync(backends.StorageConnectionString, tenant).ConfigureAwait(false),
            TodoTasksFound = await CountTasksAsync(backends.Emulator, tenant).ConfigureAwait(false),
            BlocksBooked = await CountBlocksAsync(backends.StorageConnectionString, tenant).ConfigureAwait(false),
            RawBefore = rawBefore,
            RawAfter = await RawTableRate.MeasureAsync(backends.StorageConnectionString, RawRateDuration).ConfigureAwait(false),
        };
    }

    private async Task<PipelineRun> CaptureAsync(PipelineShape shape, BenchTenant tenant, Backends backends)
    {
        var emulator = backends.Emulator;
        using var activity = new AppActivity();
        var url = PublishedApp.NextUrl();
        var settings = backends.AppSettings(url);
        settings[$"{CallBackBlockOptions.Section}:{nameof(CallBackBlockOptions.Debounce)}"] = Debounce.ToString();
        var app = await InProcessApp.StartAsync(url, settings).ConfigureAwait(false);
        var plans = new QueueClient(backends.StorageConnectionString, QueueNames.Of(PlanCallBackBlock.FunctionName));
        using var tables = new TableRequestCount(app.Services.GetRequiredService<IMeterFactory>());
        double connectSeconds;
        long start;
        CpuMeter cpu;
        try
        {
            connectSeconds = await ConnectAllAsync(app, tenant).ConfigureAwait(false);
            await log.WriteLineAsync($"    {shape}: connected in {connectSeconds:0.0} s").ConfigureAwait(false);
            await emulator.ResetCountersAsync().ConfigureAwait(false);
            tables.Reset();
            activity.Reset();

            cpu = new CpuMeter(backends.Processes("app+harness"));
            start = Stopwatch.GetTimestamp();
            await DeliverAsync(emulator, tenant, shape.CallsPerUser).ConfigureAwait(false);

            // Every capture asks for one sync (the user's To Do tasks, a request to re-plan their
            // block); the run is over when every call is captured, every sync has run, and the
            // plans those asked for, each after its debounce, have left the queue.
            await WaitAsync(() => Task.FromResult(activity.Captured >= shape.Calls && activity.Succeeded(ProcessSync.FunctionName) >= activity.Captured), start).ConfigureAwait(false);
            await WaitAsync(async () => (await plans.GetPropertiesAsync().ConfigureAwait(false)).Value.ApproximateMessagesCount == 0, start).ConfigureAwait(false);
        }
        finally
        {
            // Stopped before anything is read, so the figures below agree with each other.
            await app.DisposeAsync().ConfigureAwait(false);
        }

        var captured = activity.Captured;
        var perCall = Math.Max(captured, 1);
        var graph = await emulator.CountersAsync().ConfigureAwait(false);
        var captureSeconds = captured == 0 ? 0 : Stopwatch.GetElapsedTime(start, activity.LastCapture).TotalSeconds;
        var syncSeconds = activity.LastSuccess(ProcessSync.FunctionName) is { } synced ? Stopwatch.GetElapsedTime(start, Math.Max(synced, activity.LastCapture)).TotalSeconds : captureSeconds;
        var blockSeconds = activity.LastSuccess(PlanDayOperation) is { } planned ? Stopwatch.GetElapsedTime(start, planned).TotalSeconds : 0;
        await log.WriteLineAsync($"    {shape}: {captured} of {shape.Calls} calls captured in {captureSeconds:0.0} s, synced by {syncSeconds:0.0} s, blocks planned by {blockSeconds:0.0} s").ConfigureAwait(false);
        return new PipelineRun(
            shape,
            captured,
            connectSeconds,
            captureSeconds,
            syncSeconds,
            blockSeconds,
            graph.Values.Sum() / (double)perCall,
            graph.OrderByDescending(r => r.Value).ToDictionary(r => r.Key, r => r.Value / (double)perCall),
            tables.Total / (double)perCall,
            tables.ByMethod(),
            activity.Outcomes(),
            activity.Failures(),
            cpu.MillisecondsPer(perCall));
    }

    private async Task WaitAsync(Func<Task<bool>> done, long start)
    {
        while (!await done().ConfigureAwait(false) && Stopwatch.GetElapsedTime(start) < allowed)
        {
            await Task.Delay(Poll).ConfigureAwait(false);
        }
    }

    private static async Task<double> ConnectAllAsync(InProcessApp app, BenchTenant tenant)
    {
        var start = Stopwatch.GetTimestamp();
        var users = tenant.Keys.ToList();

        // The first connection creates the tenant's call-record subscription; the rest find it.
        await app.ConnectAsync(users[0]).ConfigureAwait(false);
        await Parallel.ForEachAsync(users.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (user, _) =>
            await app.ConnectAsync(user).ConfigureAwait(false)).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task DeliverAsync(EmulatorProcess emulator, BenchTenant tenant, int callsPerUser)
    {
        // Round by round, so every inbox is busy at once as in a real morning, not one user after another.
        var calls = Enumerable.Range(0, callsPerUser).SelectMany(call => tenant.Keys.Select(user => (user, call)));
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (c, _) =>
            await emulator.DeliverVoicemailAsync(c.user.ObjectId, BenchTenant.CallerNumber(c.call), "Hello, please call me back about the invoice.").ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static async Task<int> CountTasksAsync(EmulatorProcess emulator, BenchTenant tenant)
    {
        var found = 0;
        await Parallel.ForEachAsync(tenant.Keys, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (user, _) =>
            Interlocked.Add(ref found, await emulator.TodoTaskCountAsync(user.ObjectId).ConfigureAwait(false))).ConfigureAwait(false);
        return found;
    }

    private static async Task<int> CountBlocksAsync(string connectionString, BenchTenant tenant)
    {
        var blocks = new CallBackBlockStore(new TableServiceClient(connectionString));
        var now = TimeProvider.System.GetUtcNow();
        var booked = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, tenant.Users), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, cancellationToken) =>
        {
            var day = PlanDay.Of(now, UserTimeZone.Find(tenant.ZoneOf(i)));
            if ((await blocks.GetDayAsync(BenchTenant.UserKey(i), day, cancellationToken: cancellationToken).ConfigureAwait(false)).State == BlockState.Booked)
            {
                Interlocked.Increment(ref booked);
            }
        }).ConfigureAwait(false);
        return booked;
    }

    private static async Task<int> CountFollowUpsAsync(string connectionString, BenchTenant tenant)
    {
        var store = new FollowUpStore(new TableServiceClient(connectionString), TimeProvider.System);
        var found = 0;
        await Parallel.ForEachAsync(tenant.Keys, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (user, cancellationToken) =>
        {
            var pending = await store.ListAsync(user, pendingOnly: true, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref found, pending.Count);
        }).ConfigureAwait(false);
        return found;
    }
}
