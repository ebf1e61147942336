using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using GraphCallback.Benchmarks.Loopback;
using GraphCallback.Benchmarks.Pipeline;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.Benchmarks.Planning;

/// <summary>
/// The orchestrated planning: N users in London, each with a stored planning profile and one call
/// from last night pending (arranged in storage as capture leaves them), and the app's morning
/// timer run once at 06:01 on their next working day (the app's clock is shifted there; Graph and
/// storage are real). Counts come from the emulator and the app's Table meter.
/// </summary>
internal sealed class MorningPlanningStage(TextWriter log)
{
    private const string Zone = "GMT Standard Time";
    private const string TimerFunction = "PlanCallBackBlocks";
    private const string PlanDayOperation = "PlanCallBackDay";
    private const int Parallelism = 8;

    public async Task<MorningPlanningRun> RunAsync(int users, string folder)
    {
        var tenant = new BenchTenant(users, [Zone]);
        await using var backends = await Backends.StartAsync(folder, tenant).ConfigureAwait(false);
        var morning = NextWorkingMorning(TimeProvider.System.GetUtcNow());
        await ArrangeAsync(tenant, backends.StorageConnectionString, morning).ConfigureAwait(false);

        using var activity = new AppActivity();
        var url = PublishedApp.NextUrl();
        var app = await InProcessApp.StartAsync(url, backends.AppSettings(url), ShiftedClock.At(morning)).ConfigureAwait(false);
        using var tables = new TableRequestCount(app.Services.GetRequiredService<IMeterFactory>());
        TimeSpan wall;
        try
        {
            await backends.Emulator.ResetCountersAsync().ConfigureAwait(false);
            tables.Reset();
            var start = Stopwatch.GetTimestamp();
            await app.RunTimerAsync(TimerFunction).ConfigureAwait(false);
            wall = Stopwatch.GetElapsedTime(start);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }

        var graph = await backends.Emulator.CountersAsync().ConfigureAwait(false);
        double PerUser(double count) => count / users;
        var run = new MorningPlanningRun(
            users,
            activity.Succeeded(PlanDayOperation),
            wall.TotalSeconds,
            PerUser(graph.Where(r => r.Key.EndsWith("/getSchedule", StringComparison.Ordinal)).Sum(r => r.Value)),
            PerUser(graph.Where(r => r.Key.Contains("/events", StringComparison.Ordinal) && !r.Key.StartsWith("GET ", StringComparison.Ordinal)).Sum(r => r.Value)),
            PerUser(graph.Where(r => r.Key.Contains("/v1.0/", StringComparison.Ordinal)).Sum(r => r.Value)),
            PerUser(tables.Total));
        await log.WriteLineAsync($"    morning timer, {users} users: {run.Planned} days planned in {run.WallSeconds:0.0} s").ConfigureAwait(false);
        return run;
    }

    /// <summary>06:01 in London on the next weekday after <paramref name="now"/>.</summary>
    private static DateTimeOffset NextWorkingMorning(DateTimeOffset now)
    {
        var zone = UserTimeZone.Find(Zone);
        var day = DateOnly.FromDateTime(WallClock.LocalOf(now, zone)).AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return WallClock.InstantOf(day.ToDateTime(new TimeOnly(6, 1)), zone);
    }

    private static async Task ArrangeAsync(BenchTenant tenant, string storage, DateTimeOffset morning)
    {
        var service = new TableServiceClient(storage);
        var blocks = new CallBackBlockStore(service);
        var followUps = new FollowUpStore(service, TimeProvider.System);
        await blocks.CreateTableIfNotExistsAsync().ConfigureAwait(false);
        await followUps.CreateTableIfNotExistsAsync().ConfigureAwait(false);
        var zone = UserTimeZone.Find(Zone);
        var hours = new WorkingHours([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], BenchTenant.Hours.Start, BenchTenant.Hours.End, zone);
        var policy = UserSettings.Default.ToPolicy(hours);
        await Parallel.ForEachAsync(Enumerable.Range(0, tenant.Users), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, cancellationToken) =>
        {
            var user = BenchTenant.UserKey(i);
            await blocks.SaveProfileAsync(user, new PlanningProfile(BenchTenant.Address(i), Zone, [.. hours.Days.Order()], hours.Start, hours.End, null, null), cancellationToken).ConfigureAwait(false);
            var call = new CallEvent(
                new CallEventKey(CallSourceKind.Manual, Guid.NewGuid().ToString("N")),
                new Caller(PhoneNumber.Parse(BenchTenant.CallerNumber(i), "GB")),
                morning.AddHours(-15));
            await followUps.IngestAsync(user, call, policy, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
