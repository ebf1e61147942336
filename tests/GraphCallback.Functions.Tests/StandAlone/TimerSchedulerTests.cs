using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GraphCallback.Functions.Tests.StandAlone;

/// <summary>The stand-alone scheduler fires timer functions on their function.json schedule, by the injected clock.</summary>
public sealed class TimerSchedulerTests
{
    // Only a guard against a hung test; nothing here waits on real time to pass.
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Fires_a_timer_function_at_its_occurrence_and_not_before()
    {
        var fake = new FakeTimeProvider(Start);
        var clock = new ObservedTimeProvider(fake);
        var planDay = new RecordingTimerFunction("PlanDay", clock);
        using var root = new ScriptRoot().WithTimer("PlanDay", "0 30 10 * * *");
        await using var app = await TestApp.StartAsync(root.Path, services => services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ITimerFunction>(planDay));
        using var safety = new CancellationTokenSource(Safety);

        var wait = await clock.TimersArmed.ReadAsync(safety.Token);
        Assert.Equal(TimeSpan.FromMinutes(30), wait);

        fake.Advance(wait - TimeSpan.FromSeconds(1));
        Assert.False(planDay.Fired.Task.IsCompleted);

        fake.Advance(TimeSpan.FromSeconds(1));
        var (tick, firedAt) = await planDay.Fired.Task.WaitAsync(safety.Token);

        Assert.Equal(Start.AddMinutes(30), firedAt);
        Assert.Equal(new TimerTick(IsPastDue: false, Last: null, Next: Start.AddDays(1).AddMinutes(30)), tick);
    }

    [Fact]
    public async Task Keeps_to_the_schedule_after_a_failed_run()
    {
        var fake = new FakeTimeProvider(Start);
        var clock = new ObservedTimeProvider(fake);
        var sweep = new RecordingTimerFunction("Sweep", clock, new InvalidOperationException("sweep failed"));
        using var root = new ScriptRoot().WithTimer("Sweep", "0 */5 * * * *");
        await using var app = await TestApp.StartAsync(root.Path, services => services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ITimerFunction>(sweep));
        using var safety = new CancellationTokenSource(Safety);

        fake.Advance(await clock.TimersArmed.ReadAsync(safety.Token));
        await sweep.Fired.Task.WaitAsync(safety.Token);

        Assert.Equal(TimeSpan.FromMinutes(5), await clock.TimersArmed.ReadAsync(safety.Token));
    }

    [Fact]
    public async Task Leaves_out_a_timer_function_disabled_by_its_app_setting_as_the_host_does()
    {
        var fake = new FakeTimeProvider(Start);
        var clock = new ObservedTimeProvider(fake);
        var sweep = new RecordingTimerFunction("Sweep", clock);
        var planDay = new RecordingTimerFunction("PlanDay", clock);
        using var root = new ScriptRoot().WithTimer("Sweep", "0 */5 * * * *").WithTimer("PlanDay", "0 30 10 * * *");
        await using var app = await TestApp.StartAsync(
            root.Path,
            services => services.AddSingleton<TimeProvider>(clock).AddSingleton<ITimerFunction>(sweep).AddSingleton<ITimerFunction>(planDay),
            new Dictionary<string, string?> { ["AzureWebJobs.Sweep.Disabled"] = "true", ["AzureWebJobs.PlanDay.Disabled"] = "false" });
        using var safety = new CancellationTokenSource(Safety);

        // What the scheduler waits for, in order: PlanDay's 30 minutes, then (once it has fired) the
        // first one-hour slice of the wait for tomorrow. Had Sweep been scheduled, its 5 minutes would be among them.
        var first = await clock.TimersArmed.ReadAsync(safety.Token);
        fake.Advance(first);
        await planDay.Fired.Task.WaitAsync(safety.Token);
        var second = await clock.TimersArmed.ReadAsync(safety.Token);

        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)), (first, second));
        Assert.False(sweep.Fired.Task.IsCompleted);
    }
}
