using GraphCallback.Benchmarks.Loopback;
using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Benchmarks.Workload;

namespace GraphCallback.Benchmarks.Footprint;

/// <summary>
/// Cold starts of the published app (what the Functions host launches), one after another, each
/// with storage and Graph configured as in production; each is timed to /health answering 200.
/// </summary>
internal static class FootprintStage
{
    public static async Task<FootprintRun> RunAsync(int starts, string folder)
    {
        await using var backends = await Backends.StartAsync(folder, new BenchTenant(1)).ConfigureAwait(false);
        var times = new List<double>();
        var idle = new List<double>();
        for (var i = 0; i < starts; i++)
        {
            var url = PublishedApp.NextUrl();
            await using var app = await PublishedApp.StartAsync(url, backends.AppSettings(url)).ConfigureAwait(false);
            times.Add(app.StartTime.TotalMilliseconds);
            if (app.Memory() is { } memory)
            {
                idle.Add(memory.CurrentMiB);
            }
        }

        return new FootprintRun(LatencySummary.Of(times), times.Min(), idle.Count > 0 ? idle.Average() : null);
    }
}
